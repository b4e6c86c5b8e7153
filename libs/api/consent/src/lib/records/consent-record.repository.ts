import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { ConsentEventType, ConsentPurpose, ConsentSource, ConsentStatus } from '../consent.enums';
import type { EventRow, RecordRow } from '../consent.util';

export type NewEvent = {
  recordId: string | null;
  purpose: ConsentPurpose | null;
  type: ConsentEventType;
  source: ConsentSource;
  occurredAt: Date;
  text: { id: string; sha256: string } | null;
  evidence: Buffer | null;
  requestId: string | null;
};
/** How an upsert changes a record: the status expression on conflict, the columns to set, the values of a new row. */
export type RecordChange = {
  status: string;
  set: Record<string, unknown>;
  insert: Record<string, unknown> & { status: ConsentStatus };
};
export type RecordFilterSql = {
  status?: ConsentStatus | null;
  purpose?: ConsentPurpose | null;
  phoneIndex?: string | null;
};
export type ExportRow = {
  id: string;
  phone_encrypted: Buffer | null;
  purpose: ConsentPurpose;
  status: ConsentStatus;
  requested_at: Date | null;
  confirmed_at: Date | null;
  withdrawn_at: Date | null;
  text_version_id: string | null;
  text_sha256: string | null;
  updated_at: Date;
  client_name: string;
};

const RECORD_COLUMNS = `r.id, r.client_id, r.subject_id, r.purpose, r.status, r.text_version_id, r.requested_at, r.confirmed_at, r.withdrawn_at, r.expires_at, r.updated_at, s.phone_masked`;
const RECORD_FROM = `consent_record r JOIN consent_subject s ON s.id = r.subject_id`;

/** Consent records (one per subject and purpose) and their append-only events. Counters on client follow by trigger. */
@Injectable()
export class ConsentRecordRepository {
  upsert(
    ctx: RequestContext,
    clientId: string,
    subjectId: string,
    purposes: readonly ConsentPurpose[],
    change: RecordChange,
  ): Promise<Omit<RecordRow, 'phone_masked'>[]> {
    const insertColumns = Object.keys(change.insert);
    const params: unknown[] = [ctx.tenantId, clientId, subjectId, purposes, purposes.map(() => newId())];
    const insertValues = insertColumns.map((column) => `$${params.push(change.insert[column])}`);
    const setClauses = Object.entries(change.set).map(
      ([column, value]) => `${column} = $${params.push(value)}`,
    );
    return ctx.query(
      `INSERT INTO consent_record (id, tenant_id, client_id, subject_id, purpose, updated_at, ${insertColumns.join(', ')})
       SELECT p.id, $1, $2, $3, p.purpose, now(), ${insertValues.join(', ')} FROM unnest($4::text[], $5::uuid[]) AS p(purpose, id)
       ON CONFLICT (tenant_id, subject_id, purpose) DO UPDATE SET status = ${change.status}, updated_at = now()${setClauses.map((c) => `, ${c}`).join('')}
       RETURNING id, client_id, subject_id, purpose, status, text_version_id, requested_at, confirmed_at, withdrawn_at, expires_at, updated_at`,
      params,
    );
  }

  /** Confirmed and pending records of these purposes become WITHDRAWN; returns the changed ones. */
  withdraw(
    ctx: RequestContext,
    subjectId: string,
    purposes: readonly ConsentPurpose[],
    at: Date,
  ): Promise<{ id: string; purpose: ConsentPurpose; text_version_id: string | null }[]> {
    return ctx.query(
      `WITH changed AS (UPDATE consent_record SET status = 'WITHDRAWN', withdrawn_at = $3, expires_at = NULL, updated_at = $3
        WHERE subject_id = $1 AND purpose = ANY($2::text[]) AND status IN ('CONFIRMED', 'PENDING')
        RETURNING id, purpose, text_version_id) SELECT * FROM changed ORDER BY purpose`,
      [subjectId, purposes, at],
    );
  }

  ofSubject(
    ctx: RequestContext,
    subjectId: string,
    purposes?: readonly ConsentPurpose[],
  ): Promise<RecordRow[]> {
    return purposes
      ? ctx.query<RecordRow>(
          `SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE r.subject_id = $1 AND r.purpose = ANY($2::text[]) ORDER BY r.purpose`,
          [subjectId, purposes],
        )
      : ctx.query<RecordRow>(
          `SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE r.subject_id = $1 ORDER BY r.purpose`,
          [subjectId],
        );
  }

  async countOfSubject(ctx: RequestContext, subjectId: string): Promise<number> {
    const [{ count }] = await ctx.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM consent_record WHERE subject_id = $1`,
      [subjectId],
    );
    return count;
  }

  /** Purposes among these still confirmed or pending. */
  async activePurposes(
    ctx: RequestContext,
    subjectId: string,
    purposes: readonly ConsentPurpose[],
  ): Promise<ConsentPurpose[]> {
    const rows = await ctx.query<{ purpose: ConsentPurpose }>(
      `SELECT purpose FROM consent_record WHERE subject_id = $1 AND status IN ('CONFIRMED', 'PENDING') AND purpose = ANY($2::text[]) ORDER BY purpose`,
      [subjectId, purposes],
    );
    return rows.map((r) => r.purpose);
  }

  /** A page, newest id first, after the cursor id; and the total of the filter. */
  async page(
    ctx: RequestContext,
    clientId: string,
    filter: RecordFilterSql,
    limit: number,
    afterId: string | null,
  ): Promise<{ rows: RecordRow[]; total: number }> {
    const where = ['r.client_id = $1'];
    const params: unknown[] = [clientId];
    if (filter.status) where.push(`r.status = $${params.push(filter.status)}`);
    if (filter.purpose) where.push(`r.purpose = $${params.push(filter.purpose)}`);
    if (filter.phoneIndex) where.push(`s.phone_index = $${params.push(filter.phoneIndex)}`);
    const countWhere = where.join(' AND ');
    const countParams = [...params];
    if (afterId) where.push(`r.id < $${params.push(afterId)}`);
    const rows = await ctx.query<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE ${where.join(' AND ')} ORDER BY r.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const [{ count }] = await ctx.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${RECORD_FROM} WHERE ${countWhere}`,
      countParams,
    );
    return { rows, total: count };
  }

  async clientName(ctx: RequestContext, clientId: string): Promise<string> {
    const [{ name }] = await ctx.query<{ name: string }>(`SELECT name FROM client WHERE id = $1`, [clientId]);
    return name;
  }

  /** A client's consent counts (kept per status by triggers in the same transaction as every change). */
  async stats(
    ctx: RequestContext,
    clientId: string,
  ): Promise<{ pending: number; confirmed: number; withdrawn: number; expired: number } | null> {
    const [row] = await ctx.query<{ pending: number; confirmed: number; withdrawn: number; expired: number }>(
      `SELECT consent_pending AS pending, consent_confirmed AS confirmed, consent_withdrawn AS withdrawn, consent_expired AS expired FROM client WHERE id = $1`,
      [clientId],
    );
    return row ?? null;
  }

  /** Events of a page of records in one statement, with each subject's sealed data key. */
  eventsOfRecords(
    ctx: RequestContext,
    recordIds: readonly string[],
  ): Promise<(EventRow & { data_key_encrypted: Buffer | null })[]> {
    return ctx.query(
      `SELECT e.id, e.record_id, e.subject_id, e.type, e.purpose, e.source, e.occurred_at, e.text_version_id, e.text_sha256, e.evidence_encrypted, e.actor_type, s.data_key_encrypted
         FROM consent_event e JOIN consent_subject s ON s.id = e.subject_id
        WHERE e.record_id = ANY($1::uuid[]) ORDER BY e.occurred_at, e.id`,
      [recordIds],
    );
  }

  eventsOfSubject(ctx: RequestContext, subjectId: string): Promise<EventRow[]> {
    return ctx.query<EventRow>(`SELECT * FROM consent_event WHERE subject_id = $1 ORDER BY occurred_at, id`, [
      subjectId,
    ]);
  }

  /** Appends events of one subject, as the request's actor. */
  async insertEvents(
    ctx: RequestContext,
    clientId: string,
    subjectId: string,
    events: readonly NewEvent[],
  ): Promise<void> {
    if (events.length === 0) return;
    const actor = ctx.principal.actor;
    await ctx.query(
      `INSERT INTO consent_event (id, tenant_id, client_id, subject_id, record_id, purpose, type, source, occurred_at, text_version_id, text_sha256, evidence_encrypted, request_id, actor_type, actor_id)
       SELECT e.id, $1, $2, $3, e.record_id, e.purpose, e.type, e.source, e.occurred_at, e.text_version_id, e.text_sha256, e.evidence, e.request_id, $4, $5
         FROM unnest($6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::uuid[], $13::text[], $14::bytea[], $15::uuid[])
           AS e(id, record_id, purpose, type, source, occurred_at, text_version_id, text_sha256, evidence, request_id)`,
      [
        ctx.tenantId,
        clientId,
        subjectId,
        actor.type,
        actor.id,
        events.map(() => newId()),
        events.map((e) => e.recordId),
        events.map((e) => e.purpose),
        events.map((e) => e.type),
        events.map((e) => e.source),
        events.map((e) => e.occurredAt),
        events.map((e) => e.text?.id ?? null),
        events.map((e) => e.text?.sha256 ?? null),
        events.map((e) => e.evidence),
        events.map((e) => e.requestId),
      ],
    );
  }

  /** Pending opt-ins past their deadline become EXPIRED, each with an EXPIRED event by the system; returns them. */
  async expirePending(ctx: RequestContext, now: Date): Promise<{ id: string; client_id: string }[]> {
    const expired = await ctx.query<{
      id: string;
      client_id: string;
      subject_id: string;
      purpose: ConsentPurpose;
      text_version_id: string | null;
    }>(
      // In a CTE: a bare UPDATE … RETURNING answers [rows, count] through TypeORM.
      `WITH changed AS (UPDATE consent_record SET status = 'EXPIRED', updated_at = $1 WHERE status = 'PENDING' AND expires_at <= $1
       RETURNING id, client_id, subject_id, purpose, text_version_id) SELECT * FROM changed`,
      [now],
    );
    if (expired.length === 0) return [];
    await ctx.query(
      `INSERT INTO consent_event (id, tenant_id, client_id, subject_id, record_id, purpose, type, source, occurred_at, text_version_id, actor_type)
       SELECT e.id, $1, e.client_id, e.subject_id, e.record_id, e.purpose, 'EXPIRED', 'API', $2, e.text_version_id, 'SYSTEM'
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::uuid[]) AS e(id, client_id, subject_id, record_id, purpose, text_version_id)`,
      [
        ctx.tenantId,
        now,
        expired.map(() => newId()),
        expired.map((r) => r.client_id),
        expired.map((r) => r.subject_id),
        expired.map((r) => r.id),
        expired.map((r) => r.purpose),
        expired.map((r) => r.text_version_id),
      ],
    );
    return expired;
  }

  /** A batch of a client's records for the export, by id after `afterId`, with the sealed number and text hash. */
  exportBatch(ctx: RequestContext, clientId: string, afterId: string, limit: number): Promise<ExportRow[]> {
    return ctx.query<ExportRow>(
      `SELECT r.id, s.phone_encrypted, r.purpose, r.status, r.requested_at, r.confirmed_at, r.withdrawn_at, r.text_version_id, t.sha256 AS text_sha256, r.updated_at, c.name AS client_name
         FROM consent_record r JOIN consent_subject s ON s.id = r.subject_id LEFT JOIN consent_text t ON t.id = r.text_version_id
         JOIN client c ON c.tenant_id = r.tenant_id AND c.id = r.client_id
        WHERE r.client_id = $1 AND r.id > $2 ORDER BY r.id LIMIT ${limit}`,
      [clientId, afterId],
    );
  }
}
