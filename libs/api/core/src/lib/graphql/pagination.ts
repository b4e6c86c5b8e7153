import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { isUuid } from '../access/access.service';
import { badInput } from '../errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export type Edge<T> = { cursor: string; node: T };
export type ConnectionShape<T> = { edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number };

/** Relay-style connection type for a node type: `class ClientConnection extends Connection(Client, 'Client') {}`. */
export const Connection = <T>(classRef: Type<T>, name: string) => {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => classRef) node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType;
};

@ArgsType()
export class PageArgs {
  // Validators also keep the global whitelist from stripping the arguments.
  @Field(() => Int, { nullable: true, description: 'Page size (default 50).' })
  @IsOptional()
  @IsInt()
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  after?: string | null;
}

export const encodeCursor = (values: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

export type CursorCheck = (value: unknown) => boolean;

/**
 * The values of a cursor, one check per position: a cursor that does not decode, has another length, or holds a
 * value its check refuses is bad input (it never reaches SQL, where it would be a database error).
 */
export const decodeCursor = (
  cursor: string | null | undefined,
  checks: readonly CursorCheck[],
): unknown[] | null => {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === checks.length &&
      checks.every((check, i) => check(values[i]))
    )
      return values;
  } catch {
    // fall through to the input error
  }
  throw badInput({ after: 'Invalid cursor' });
};

export const isCursorUuid: CursorCheck = (value) => typeof value === 'string' && isUuid(value);
export const isCursorText: CursorCheck = (value) => typeof value === 'string';
export const isCursorInt: CursorCheck = (value) =>
  Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31;
/** A timestamp in a cursor, as the lists write it: an ISO instant, or 'infinity' for "none" sorted last. */
export const isCursorTimestamp: CursorCheck = (value) =>
  value === 'infinity' ||
  (typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) &&
    !Number.isNaN(Date.parse(value)));

/** The page size when `first` is not given, and the largest `first` any connection takes (docs/api.md). */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 5000;

// One maximum for every list: what a page may cost is bounded by the query cost limit (complexity.plugin.ts), which
// multiplies the selection by `first` whether it is written in the query or passed as a variable.
export const pageSize = (first: number | null | undefined): number => {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)
    throw badInput({ first: `Must be between 0 and ${MAX_PAGE_SIZE}` });
  return first;
};

/** An edge whose cursor is encoded only if the client asks for it (a page of 5,000 rarely does). */
class LazyEdge<R, T> {
  constructor(
    readonly node: T,
    private readonly row: R,
    private readonly cursorOf: (row: R) => readonly unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.cursorOf(this.row));
  }
}

/**
 * Builds a connection from `limit + 1` fetched rows (the extra row only tells whether a next page exists);
 * `toNode` maps each row (without it the rows are the nodes).
 */
export function toConnection<R>(
  rows: R[],
  limit: number,
  totalCount: number,
  cursorOf: (row: R) => readonly unknown[],
  hasPrevious: boolean,
): ConnectionShape<R>;
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  totalCount: number,
  cursorOf: (row: R) => readonly unknown[],
  hasPrevious: boolean,
  toNode: (row: R) => T,
): ConnectionShape<T>;
export function toConnection<R>(
  rows: R[],
  limit: number,
  totalCount: number,
  cursorOf: (row: R) => readonly unknown[],
  hasPrevious: boolean,
  toNode?: (row: R) => unknown,
): ConnectionShape<unknown> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => new LazyEdge(toNode ? toNode(row) : row, row, cursorOf));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
