import { Injectable } from '@nestjs/common';
import { AccessService, decodeCursor, pageSize, toConnection, type ConnectionShape, type RequestContext } from '@klarsicht/api-core';
import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { GENESIS_HASH, type ChainedFields } from './audit-chain.util';
import { ChainWalker, verifyCopySql } from './audit-chain.verifier';
import type { AuditFilter } from './dto/audit.args';
import type { AuditChainVerification, AuditEventModel } from './models/audit.models';

type AuditRow = {
  tenant_id: string;
  seq: string;
  id: string;
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  client_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
};

/** The hashed fields of a stored event, exactly as the sink hashed them when appending. */
const chainedFields = (row: AuditRow): ChainedFields => ({
  tenantId: row.tenant_id,
  seq: row.seq,
  id: row.id,
  occurredAt: row.occurred_at.toISOString(),
  actorType: row.actor_type,
  actorId: row.actor_id,
  actorLabel: row.actor_label,
  clientId: row.client_id,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  changes: row.changes,
  ip: row.ip,
  userAgent: row.user_agent,
  requestId: row.request_id,
});

export const toAuditModel = (row: AuditRow): AuditEventModel => {
  const { tenantId: _tenantId, seq: _seq, ...fields } = chainedFields(row);
  return {
    ...fields,
    sequence: Number(row.seq),
    occurredAt: row.occurred_at,
    changes: row.changes,
    hash: row.hash,
    prevHash: row.prev_hash,
  };
};

/** An audit cursor holds a sequence number (as the string the list writes). */
const isSequence = (value: unknown): boolean => typeof value === 'string' && /^\d{1,18}$/.test(value);

@Injectable()
export class AuditService {
  constructor(private readonly access: AccessService) {}

  private where(ctx: RequestContext, filter: AuditFilter | null | undefined, params: unknown[]): string[] {
    const clauses = [`tenant_id = $${params.push(ctx.tenantId)}`];
    // Client users and client-bound keys see their own company's events only (RLS enforces it too).
    const scope = this.access.clientFilter(ctx);
    if (scope) clauses.push(`client_id = $${params.push(scope)}`);
    if (filter?.clientId) clauses.push(`client_id = $${params.push(filter.clientId)}`);
    if (filter?.action) {
      if (filter.action.endsWith('.')) clauses.push(`action LIKE $${params.push(`${filter.action.replace(/[%_\\]/g, '\\$&')}%`)}`);
      else clauses.push(`action = $${params.push(filter.action)}`);
    }
    if (filter?.actorId) clauses.push(`actor_id = $${params.push(filter.actorId)}`);
    if (filter?.entityType) clauses.push(`entity_type = $${params.push(filter.entityType)}`);
    if (filter?.entityId) clauses.push(`entity_id = $${params.push(filter.entityId)}`);
    if (filter?.from) clauses.push(`occurred_at >= $${params.push(filter.from)}`);
    if (filter?.to) clauses.push(`occurred_at < $${params.push(filter.to)}`);
    return clauses;
  }

  async list(ctx: RequestContext, args: { first?: number | null; after?: string | null; filter?: AuditFilter | null }): Promise<ConnectionShape<AuditEventModel>> {
    this.access.require(ctx, 'audit', 'read');
    if (args.filter?.clientId) await this.access.requireClients(ctx, 'audit', 'read', [args.filter.clientId]);
    const limit = pageSize(args.first, 500);
    const cursor = decodeCursor(args.after, [isSequence]) as [string] | null;
    const params: unknown[] = [];
    const clauses = this.where(ctx, args.filter, params);
    const [{ count }] = await ctx.query<{ count: string }>(`SELECT count(*) FROM audit_event WHERE ${clauses.join(' AND ')}`, params);
    if (cursor) clauses.push(`seq < $${params.push(cursor[0])}`);
    const rows = await ctx.query<AuditRow>(`SELECT * FROM audit_event WHERE ${clauses.join(' AND ')} ORDER BY seq DESC LIMIT ${limit + 1}`, params);
    return toConnection(rows.map(toAuditModel), limit, Number(count), (e) => [String(e.sequence)], cursor !== null);
  }

  /** Streams the caller's events in batches (oldest first) for export; memory stays flat. */
  async *stream(ctx: RequestContext, filter: AuditFilter | null): AsyncGenerator<AuditEventModel> {
    this.access.require(ctx, 'audit', 'read');
    let after = '0';
    for (;;) {
      const params: unknown[] = [];
      const clauses = this.where(ctx, filter, params);
      clauses.push(`seq > $${params.push(after)}`);
      const rows = await ctx.query<AuditRow>(`SELECT * FROM audit_event WHERE ${clauses.join(' AND ')} ORDER BY seq LIMIT 5000`, params);
      for (const row of rows) yield toAuditModel(row);
      if (rows.length < 5000) return;
      after = rows[rows.length - 1].seq;
    }
  }

  /** Walks the firm's chain from the first event and names the first sequence number that does not verify. */
  async verify(ctx: RequestContext): Promise<AuditChainVerification> {
    this.access.requireFirm(ctx, 'audit', 'read');
    return verifyChain(ctx, ctx.tenantId);
  }

  assertCanRead(ctx: RequestContext): void {
    this.access.require(ctx, 'audit', 'read');
  }
}

/** Needs only a scoped query and the transaction's connection (the CLI passes a plain pg client). */
export type ChainReader = Pick<RequestContext, 'query'> & { connection: () => Promise<ClientBase> };

export const verifyChain = async (ctx: ChainReader, tenantId: string): Promise<AuditChainVerification> => {
  const [head] = await ctx.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_head WHERE tenant_id = $1', [tenantId]);
  const headSeq = head ? Number(head.seq) : 0;
  const headHash = head?.hash ?? GENESIS_HASH;
  // Events up to the head read above were committed with it; later appends are not part of this verification.
  const walker = new ChainWalker();
  const connection = await ctx.connection();
  const stream = connection.query(copyTo(verifyCopySql(tenantId, headSeq)));
  for await (const chunk of stream as AsyncIterable<Buffer>) walker.push(chunk);
  const walk = walker.finish();
  let firstInvalid = walk.firstInvalid;
  // A head ahead of the events (deleted tail) or not matching the last hash breaks the chain.
  if (firstInvalid === null && (walk.checked !== headSeq || walk.lastHash !== headHash)) firstInvalid = walk.checked + 1;
  if (firstInvalid === null) {
    // Events beyond the head (forged appends): head and events read in one statement, so concurrent appends,
    // which move the head in the same transaction as their events, never count.
    const [beyond] = await ctx.query<{ head: string | null; max: string | null }>(
      `SELECT (SELECT seq FROM audit_head WHERE tenant_id = $1) AS head, (SELECT max(seq) FROM audit_event WHERE tenant_id = $1) AS max`,
      [tenantId],
    );
    if (beyond.max !== null && Number(beyond.max) > Number(beyond.head ?? 0)) firstInvalid = Number(beyond.head ?? 0) + 1;
  }
  return {
    valid: firstInvalid === null,
    checkedCount: walk.checked,
    firstInvalidSequence: firstInvalid,
    headHash: head?.hash ?? null,
  };
};
