import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { GENESIS_HASH, type ChainedFields } from './audit-chain.util';
import { ChainWalker, verifyCopySql } from './audit-chain.verifier';
import type { AuditFilter } from './dto/audit.args';
import type { AuditChainVerification, AuditEventModel } from './models/audit.models';

export type AuditRow = {
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
export const chainedFields = (row: AuditRow): ChainedFields => ({
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

const EXPORT_BATCH = 5000;

/** The filter as SQL over audit_event; `scope` is the caller's bound client (RLS enforces it too). */
const whereOf = (
  tenantId: string,
  scope: string | null,
  filter: AuditFilter | null | undefined,
  params: unknown[],
): string[] => {
  const clauses = [`tenant_id = $${params.push(tenantId)}`];
  if (scope) clauses.push(`client_id = $${params.push(scope)}`);
  if (filter?.clientId) clauses.push(`client_id = $${params.push(filter.clientId)}`);
  if (filter?.action) {
    if (filter.action.endsWith('.'))
      clauses.push(`action LIKE $${params.push(`${filter.action.replace(/[%_\\]/g, '\\$&')}%`)}`);
    else clauses.push(`action = $${params.push(filter.action)}`);
  }
  if (filter?.actorId) clauses.push(`actor_id = $${params.push(filter.actorId)}`);
  if (filter?.entityType) clauses.push(`entity_type = $${params.push(filter.entityType)}`);
  if (filter?.entityId) clauses.push(`entity_id = $${params.push(filter.entityId)}`);
  if (filter?.from) clauses.push(`occurred_at >= $${params.push(filter.from)}`);
  if (filter?.to) clauses.push(`occurred_at < $${params.push(filter.to)}`);
  return clauses;
};

/** Reads of the audit chain (appends go through the AuditChainSink, in one statement per tenant). */
@Injectable()
export class AuditRepository {
  /** A page, newest first, before the cursor's sequence number, and the total of the filter. */
  async page(
    ctx: RequestContext,
    scope: string | null,
    filter: AuditFilter | null | undefined,
    limit: number,
    beforeSeq: string | null,
  ): Promise<{ rows: AuditRow[]; total: number }> {
    const params: unknown[] = [];
    const clauses = whereOf(ctx.tenantId, scope, filter, params);
    const [{ count }] = await ctx.query<{ count: string }>(
      `SELECT count(*) FROM audit_event WHERE ${clauses.join(' AND ')}`,
      params,
    );
    if (beforeSeq) clauses.push(`seq < $${params.push(beforeSeq)}`);
    const rows = await ctx.query<AuditRow>(
      `SELECT * FROM audit_event WHERE ${clauses.join(' AND ')} ORDER BY seq DESC LIMIT ${limit + 1}`,
      params,
    );
    return { rows, total: Number(count) };
  }

  /** The filter's first `limit` events (oldest first), their count, and the first and last event of the range. */
  async excerpt(
    ctx: RequestContext,
    filter: AuditFilter,
    limit: number,
  ): Promise<{ total: number; first: AuditRow | null; last: AuditRow | null; rows: AuditRow[] }> {
    const params: unknown[] = [];
    const where = whereOf(ctx.tenantId, null, filter, params).join(' AND ');
    const [ends] = await ctx.query<{ total: string; first: AuditRow | null; last: AuditRow | null }>(
      `SELECT (SELECT count(*) FROM audit_event WHERE ${where}) AS total,
              (SELECT to_jsonb(e) FROM audit_event e WHERE ${where} ORDER BY seq LIMIT 1) AS first,
              (SELECT to_jsonb(e) FROM audit_event e WHERE ${where} ORDER BY seq DESC LIMIT 1) AS last`,
      params,
    );
    const rows = await ctx.query<AuditRow>(
      `SELECT * FROM audit_event WHERE ${where} ORDER BY seq LIMIT ${Math.trunc(limit)}`,
      params,
    );
    return { total: Number(ends.total), first: ends.first, last: ends.last, rows };
  }

  /** Every event of the filter in batches (oldest first); memory stays flat. */
  async *all(
    ctx: RequestContext,
    scope: string | null,
    filter: AuditFilter | null,
  ): AsyncGenerator<AuditRow> {
    let after = '0';
    for (;;) {
      const params: unknown[] = [];
      const clauses = whereOf(ctx.tenantId, scope, filter, params);
      clauses.push(`seq > $${params.push(after)}`);
      const rows = await ctx.query<AuditRow>(
        `SELECT * FROM audit_event WHERE ${clauses.join(' AND ')} ORDER BY seq LIMIT ${EXPORT_BATCH}`,
        params,
      );
      yield* rows;
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1].seq;
    }
  }
}

/** Needs only a scoped query and the transaction's connection (the CLI passes a plain pg client). */
export type ChainReader = Pick<RequestContext, 'query'> & { connection: () => Promise<ClientBase> };

/** Walks a firm's chain from the first event (COPY, streamed) and names the first sequence number that does not verify. */
export const verifyChain = async (ctx: ChainReader, tenantId: string): Promise<AuditChainVerification> => {
  const [head] = await ctx.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM audit_head WHERE tenant_id = $1',
    [tenantId],
  );
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
  if (firstInvalid === null && (walk.checked !== headSeq || walk.lastHash !== headHash))
    firstInvalid = walk.checked + 1;
  if (firstInvalid === null) {
    // Events beyond the head (forged appends): head and events read in one statement, so concurrent appends,
    // which move the head in the same transaction as their events, never count.
    const [beyond] = await ctx.query<{ head: string | null; max: string | null }>(
      `SELECT (SELECT seq FROM audit_head WHERE tenant_id = $1) AS head, (SELECT max(seq) FROM audit_event WHERE tenant_id = $1) AS max`,
      [tenantId],
    );
    if (beyond.max !== null && Number(beyond.max) > Number(beyond.head ?? 0))
      firstInvalid = Number(beyond.head ?? 0) + 1;
  }
  return {
    valid: firstInvalid === null,
    checkedCount: walk.checked,
    firstInvalidSequence: firstInvalid,
    headHash: head?.hash ?? null,
  };
};
