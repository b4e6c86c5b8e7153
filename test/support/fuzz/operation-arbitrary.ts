import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import {
  BAD_INTS,
  DATES,
  emailFor,
  EnumValue,
  forgedCursor,
  hostileString,
  INTS,
  literal,
  nested,
  PHONES,
  POLLUTION,
  randFrom,
  toJson,
  type FuzzObject,
  type FuzzValue,
  type Rand,
} from './values';
import { idKindOf, type FuzzPools, type IdKind, type IdPools } from './pools';

export type FuzzOperation = {
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
  /** The root fields asked for. */
  fields: string[];
  /** Every pool id the operation sends (also inside forged cursors). */
  sentIds: string[];
};

/**
 * Mutations left out on purpose: they end the fuzzing identity's own session, which would turn the rest of the run
 * into UNAUTHENTICATED answers (revokeApiKey stays: the key in use is never in a pool, see FuzzPools).
 */
export const EXCLUDED_MUTATIONS: ReadonlySet<string> = new Set(['logout']);

const MAX_INPUT_DEPTH = 4;

const allIds = (pools: IdPools): string[] => Object.values(pools).flat();

/** Builds one random operation; all randomness comes from `r` (fast-check), so a seed replays it exactly. */
class OperationBuilder {
  private readonly variableDefinitions: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private readonly fragments: string[] = [];
  private readonly sentIds = new Set<string>();
  private readonly useVariables: boolean;
  private counter = 0;

  constructor(
    private readonly r: Rand,
    private readonly schema: GraphQLSchema,
    private readonly pools: FuzzPools,
  ) {
    this.useVariables = r.chance(0.5);
  }

  build(): FuzzOperation {
    const kind = this.r.chance(0.45) ? 'mutation' : 'query';
    const root = kind === 'mutation' ? this.schema.getMutationType() : this.schema.getQueryType();
    if (!root) throw new Error(`schema without ${kind} type`);
    const fields = Object.values(root.getFields()).filter(
      (f) => kind === 'query' || !EXCLUDED_MUTATIONS.has(f.name),
    );
    const roll = this.r.int(0, 99);
    const picked: GraphQLField<unknown, unknown>[] = [];
    if (roll < 95) {
      const count = roll < 75 ? 1 : this.r.int(2, 3);
      for (let i = 0; i < count; i++) picked.push(this.r.pick(fields));
    } else {
      // Many aliases of one field: beyond the alias limit now and then.
      const field = this.r.pick(fields);
      for (let i = this.r.int(5, 20); i > 0; i--) picked.push(field);
    }
    const maxDepth = this.r.pick([2, 3, 4, 5, 8, 14]);
    const selections = picked.map((field, i) => this.field(field, 1, maxDepth, picked.length > 1 ? i : null));
    const header = this.variableDefinitions.length ? ` Fuzz(${this.variableDefinitions.join(', ')})` : '';
    const body = `{ ${selections.join(' ')} }`;
    const operation = kind === 'query' && !header && this.r.chance(0.3) ? body : `${kind}${header} ${body}`;
    const query = [operation, ...this.fragments].join('\n');
    return {
      kind,
      // Now and then cut short: a syntax error.
      query: this.r.chance(0.01) ? query.slice(0, this.r.int(1, query.length - 1)) : query,
      variables: this.variables,
      fields: picked.map((f) => f.name),
      sentIds: [...this.sentIds],
    };
  }

  private field(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    maxDepth: number,
    index: number | null,
  ): string {
    const r = this.r;
    const alias = index !== null ? `f${index}: ` : r.chance(0.15) ? `a${this.counter++}: ` : '';
    const args = this.args(field);
    const directive = r.chance(0.05)
      ? this.directive()
      : r.chance(0.0005)
        ? ' @include(if: true)'.repeat(25)
        : '';
    const named = getNamedType(field.type);
    let selection = '';
    if (isObjectType(named)) {
      // Now and then invalid on purpose: no sub-selection on an object field.
      if (!r.chance(0.01)) selection = ` ${this.selection(named, depth + 1, maxDepth)}`;
    } else if (r.chance(0.002)) {
      selection = ' { id }';
    }
    return `${alias}${field.name}${args}${directive}${selection}`;
  }

  private directive(): string {
    const name = this.r.pick(['include', 'skip']);
    const valid = this.r.chance(0.8);
    if (!this.useVariables)
      return ` @${name}(if: ${valid ? this.r.pick(['true', 'false']) : this.r.pick(['"yes"', '1'])})`;
    const variable = `d${this.counter++}`;
    this.variableDefinitions.push(`$${variable}: Boolean!`);
    this.variables[variable] = valid ? this.r.chance(0.5) : this.r.pick(['yes', null]);
    return ` @${name}(if: $${variable})`;
  }

  private selection(type: GraphQLObjectType, depth: number, maxDepth: number): string {
    const r = this.r;
    const fields = Object.values(type.getFields());
    const items: string[] = [];
    for (let n = r.int(1, Math.min(fields.length, 6)); n > 0; n--) {
      const field = r.pick(fields);
      const isObject = isObjectType(getNamedType(field.type));
      if (isObject && depth >= maxDepth) items.push('__typename');
      else items.push(this.field(field, depth, maxDepth, null));
    }
    const roll = r.int(0, 999);
    if (roll < 50) items.push('__typename');
    else if (roll < 58) items.push(r.pick(['doesNotExist', 'id(bogus: 1)', '__schema { types { name } }']));
    else if (roll < 80) {
      // Deep nesting through inline fragments (beyond the depth limit when deep enough).
      const k = r.int(5, 30);
      items.push(`${`... on ${type.name} { `.repeat(k)}__typename${' }'.repeat(k)}`);
    }
    if (r.chance(0.08)) {
      const name = `F${this.counter++}`;
      const on = r.chance(0.97) ? type.name : r.pick(['Query', 'Tenant', 'Nope']);
      this.fragments.push(`fragment ${name} on ${on} { ${items.join(' ')} }`);
      return `{ ...${name} }`;
    }
    if (r.chance(0.05)) return `{ ... on ${type.name} { ${items.join(' ')} } }`;
    return `{ ${items.join(' ')} }`;
  }

  private args(field: GraphQLField<unknown, unknown>): string {
    const r = this.r;
    const parts: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type);
      if (required ? r.chance(0.015) : r.chance(0.5)) continue;
      parts.push(`${arg.name}: ${this.argument(field, arg)}`);
    }
    if (r.chance(0.003)) parts.push(`bogus: ${literal(hostileString(r))}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private argument(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): string {
    const value = this.value(arg.type, field.name, arg.name, 0);
    if (!this.useVariables) return literal(value);
    const variable = `v${this.counter++}`;
    const declared = this.r.chance(0.03)
      ? this.r.pick(['String', 'Int!', '[ID]', 'Boolean', 'Bogus'])
      : String(arg.type);
    this.variableDefinitions.push(`$${variable}: ${declared}`);
    // A declared variable left out now and then (for a required one: an error naming it).
    if (!this.r.chance(0.03)) this.variables[variable] = toJson(value);
    return `$${variable}`;
  }

  private value(type: GraphQLInputType, field: string, name: string, depth: number): FuzzValue {
    const r = this.r;
    if (isNonNullType(type)) return r.chance(0.015) ? null : this.value(type.ofType, field, name, depth);
    const roll = r.int(0, 99);
    if (roll < 4) return null;
    if (roll < 7) return this.wrongType();
    if (isListType(type)) {
      const item = (): FuzzValue => this.value(type.ofType, field, name, depth + 1);
      const shape = r.int(0, 19);
      if (shape === 0) return item(); // a single value where a list is expected (GraphQL coerces it)
      if (shape === 1) {
        // 300 items, unless the item is long (the body limit answers those; no need to build 300 MB).
        const one = item();
        return new Array<FuzzValue>(JSON.stringify(toJson(one)).length < 1000 ? 300 : 3).fill(one);
      }
      return Array.from({ length: r.int(0, 4) }, item);
    }
    if (isInputObjectType(type)) {
      if (depth >= MAX_INPUT_DEPTH) return {};
      const object: FuzzObject = {};
      for (const inputField of Object.values(type.getFields())) {
        const required = isNonNullType(inputField.type);
        if (required ? r.chance(0.015) : r.chance(0.5)) continue;
        object[inputField.name] = this.value(inputField.type, field, inputField.name, depth + 1);
      }
      if (r.chance(0.01)) object['unknownField'] = hostileString(r);
      return object;
    }
    if (isEnumType(type)) {
      if (r.chance(0.05)) return r.chance(0.5) ? new EnumValue('NOT_A_VALUE') : 'MARKETING';
      return new EnumValue(r.pick(type.getValues()).name);
    }
    switch (type.name) {
      case 'ID':
        return this.id(idKindOf(field, name));
      case 'Int':
        return this.int(name);
      case 'Float':
        return r.pick([0, -1.5, 1e308, 3.14]);
      case 'Boolean':
        return r.chance(0.5);
      case 'DateTime':
        return r.pick(DATES)();
      default:
        return this.string(name);
    }
  }

  private wrongType(): FuzzValue {
    const r = this.r;
    switch (r.int(0, 8)) {
      case 0:
        return hostileString(r);
      case 1:
        return r.pick(INTS);
      case 2:
        return r.pick(BAD_INTS);
      case 3:
        return r.chance(0.5);
      case 4:
        return POLLUTION;
      case 5:
        return [1, 'two', null];
      case 6:
        return nested(r.int(20, 200));
      case 7:
        return new EnumValue(r.pick(['TRUE', 'OWNER', 'MARKETING', 'null']));
      default:
        return {};
    }
  }

  private id(kind: IdKind): FuzzValue {
    const r = this.r;
    const fromPool = (pools: IdPools): string | null => {
      const ids = pools[kind].length ? pools[kind] : allIds(pools);
      if (!ids.length) return null;
      const id = r.pick(ids);
      this.sentIds.add(id);
      return id;
    };
    const roll = r.int(0, 99);
    if (roll < 45) return fromPool(this.pools.own) ?? r.uuid();
    if (roll < 65) return fromPool(this.pools.foreign) ?? r.uuid();
    if (roll < 75) return r.uuid();
    if (roll < 80) return '00000000-0000-0000-0000-000000000000';
    const uuid = r.uuid();
    return r.pick<FuzzValue>([
      '',
      'not-a-uuid',
      '1',
      12345,
      uuid.toUpperCase(),
      `${uuid} `,
      `{${uuid}}`,
      uuid.replaceAll('-', ''),
      `${uuid}' OR '1'='1`,
      hostileString(r),
    ]);
  }

  private int(name: string): FuzzValue {
    const r = this.r;
    if (r.chance(0.05)) return r.pick(BAD_INTS);
    if (name === 'days') return r.pick([-1, 0, 1, 90, 731, 732, 2 ** 31 - 1]);
    if (name === 'reviewIntervalMonths') return r.pick([-1, 0, 1, 12, 1200, 2 ** 31 - 1]);
    return r.pick(INTS);
  }

  private string(name: string): FuzzValue {
    const r = this.r;
    const { pools } = this;
    if (r.chance(0.25)) return hostileString(r);
    switch (name) {
      case 'phoneNumber':
        return r.chance(0.6) && pools.phones.length ? r.pick(pools.phones) : r.pick(PHONES);
      case 'email':
        return emailFor(r, pools.emails);
      case 'token':
        if (pools.tokens.length && r.chance(0.3)) return r.pick(pools.tokens);
        return r.chance(0.5) ? r.text(64, 'grapheme-ascii') : forgedCursor(r, [], []);
      case 'after': {
        const ids = [...allIds(pools.own), ...allIds(pools.foreign)];
        const cursor = forgedCursor(r, ids, pools.cursors);
        const decoded = Buffer.from(cursor, 'base64url').toString();
        for (const id of ids) if (decoded.includes(id)) this.sentIds.add(id);
        return cursor;
      }
      case 'password':
        return r.pick(['Klarsicht-Fuzz-Passwort-2026!', 'short', '', 'passwort', 'x'.repeat(10_000)]);
      case 'code':
      case 'totpCode':
        return r.pick(['000000', '123456', '', '1234567', 'abcdef']);
      case 'language':
        return r.pick(['de', 'en', 'fr', '', 'DE']);
      case 'formUrl':
        return r.pick(['https://example.test/form', 'javascript:alert(1)', 'ftp://x', 'http://[::1]:99999']);
      case 'ip':
        return r.pick(['203.0.113.9', '::1', '999.1.1.1', 'not an ip']);
      case 'action':
        return r.pick(['client.created', 'auth.', 'auth', '.', '%']);
      default:
        return r.chance(0.5) ? `Fuzz ${r.text(16, 'grapheme')}` : hostileString(r);
    }
  }
}

/** Random operations from the schema: selections, arguments of right and wrong types, aliases, fragments … */
export const operationArbitrary = (schema: GraphQLSchema, pools: FuzzPools): fc.Arbitrary<FuzzOperation> =>
  fc.gen().map((g) => new OperationBuilder(randFrom(g), schema, pools).build());

/** The same, for a caller chosen first (its pools depend on it). */
export const buildOperation = (r: Rand, schema: GraphQLSchema, pools: FuzzPools): FuzzOperation =>
  new OperationBuilder(r, schema, pools).build();
