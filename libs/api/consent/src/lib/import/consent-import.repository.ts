import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { ConsentPurpose, ConsentSource } from '../consent.enums';
import { ConsentImport } from '../consent.entities';

export type ImportError = { line: number; field: string | null; message: string };
// A new subject's values and key, sealed while the file is read (overlapping the previous batch's writes).
export type PreparedSubject = {
  id: string;
  sealedPhone: Buffer;
  masked: string;
  key: Buffer;
  sealedKey: Buffer;
};
export type ImportRow = {
  line: number;
  e164: string;
  index: string;
  purpose: ConsentPurpose;
  status: 'CONFIRMED' | 'WITHDRAWN';
  occurredAt: Date;
  text: { id: string; sha256: string } | null;
  source: ConsentSource;
  ip: string | null;
  userAgent: string | null;
  formUrl: string | null;
  subject: PreparedSubject;
  evidence: Buffer | null;
};
export type ImportedEvent = {
  subjectId: string;
  recordId: string | null;
  row: ImportRow;
  evidence: Buffer | null;
};
type FinishedImport = {
  state: 'FAILED' | 'VALIDATED';
  processed: number;
  errorCount: number;
  errors: ImportError[];
  sha256: string | null;
  bytes: number;
};

/** CSV imports (their progress and result) and the set-based statements that write a batch of rows. */
@Injectable()
export class ConsentImportRepository {
  async find(ctx: RequestContext, id: string): Promise<ConsentImport | null> {
    return (await ctx.repo(ConsentImport)).findOne({ where: { id } });
  }

  async recent(ctx: RequestContext, clientId: string, limit: number): Promise<ConsentImport[]> {
    return (await ctx.repo(ConsentImport)).find({
      where: { clientId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  async start(ctx: RequestContext, id: string, clientId: string, dryRun: boolean): Promise<void> {
    await ctx.query(
      `INSERT INTO consent_import (id, tenant_id, client_id, state, dry_run, created_by) VALUES ($1, $2, $3, 'RUNNING', $4, $5)`,
      [id, ctx.tenantId, clientId, dryRun, ctx.principal.userId],
    );
  }

  async progress(ctx: RequestContext, id: string, processed: number, errors: number): Promise<void> {
    await ctx.query(`UPDATE consent_import SET processed_rows = $2, error_count = $3 WHERE id = $1`, [
      id,
      processed,
      errors,
    ]);
  }

  async finish(ctx: RequestContext, id: string, r: FinishedImport): Promise<void> {
    await ctx.query(
      `UPDATE consent_import SET state = $2, processed_rows = $3, imported_rows = 0, error_count = $4, errors = $5::jsonb, file_sha256 = $6, file_bytes = $7, finished_at = now() WHERE id = $1`,
      [id, r.state, r.processed, r.errorCount, JSON.stringify(r.errors), r.sha256, r.bytes],
    );
  }

  async commit(
    ctx: RequestContext,
    id: string,
    r: { processed: number; imported: number; sha256: string; bytes: number },
  ): Promise<void> {
    await ctx.query(
      `UPDATE consent_import SET state = 'COMMITTED', processed_rows = $2, imported_rows = $3, error_count = 0, file_sha256 = $4, file_bytes = $5, finished_at = now() WHERE id = $1`,
      [id, r.processed, r.imported, r.sha256, r.bytes],
    );
  }

  /** Inserts every prepared subject; numbers already known conflict and are left out of the answer. */
  insertSubjects(
    ctx: RequestContext,
    clientId: string,
    candidates: readonly (readonly [string, PreparedSubject])[],
  ): Promise<{ id: string; phone_index: string }[]> {
    return ctx.query(
      `INSERT INTO consent_subject (id, tenant_id, client_id, phone_index, phone_encrypted, phone_masked, data_key_encrypted)
       SELECT s.id, $1, $2, s.phone_index, s.phone, s.masked, s.data_key FROM unnest($3::uuid[], $4::text[], $5::bytea[], $6::text[], $7::bytea[]) AS s(id, phone_index, phone, masked, data_key)
       ON CONFLICT (tenant_id, client_id, phone_index) DO NOTHING RETURNING id, phone_index`,
      [
        ctx.tenantId,
        clientId,
        candidates.map(([, c]) => c.id),
        candidates.map(([index]) => index),
        candidates.map(([, c]) => c.sealedPhone),
        candidates.map(([, c]) => c.masked),
        candidates.map(([, c]) => c.sealedKey),
      ],
    );
  }

  subjectsByIndex(
    ctx: RequestContext,
    clientId: string,
    indexes: readonly string[],
  ): Promise<{ id: string; phone_index: string; data_key_encrypted: Buffer }[]> {
    return ctx.query(
      `SELECT s.id, s.phone_index, s.data_key_encrypted FROM unnest($2::text[]) AS i(phone_index)
         JOIN consent_subject s ON s.tenant_id = $3 AND s.client_id = $1 AND s.phone_index = i.phone_index`,
      [clientId, indexes, ctx.tenantId],
    );
  }

  /** Imported rows win over the record's state; a known confirmation time or text version is kept when the row has none. */
  upsertRecords(
    ctx: RequestContext,
    clientId: string,
    rows: readonly { subjectId: string; row: ImportRow }[],
  ): Promise<{ id: string; subject_id: string; purpose: string }[]> {
    return ctx.query(
      `INSERT INTO consent_record (id, tenant_id, client_id, subject_id, purpose, status, text_version_id, confirmed_at, withdrawn_at, updated_at)
       SELECT r.id, $1, $2, r.subject_id, r.purpose, r.status, r.text_version_id,
              CASE WHEN r.status = 'CONFIRMED' THEN r.occurred_at END, CASE WHEN r.status = 'WITHDRAWN' THEN r.occurred_at END, now()
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::uuid[], $8::timestamptz[]) AS r(id, subject_id, purpose, status, text_version_id, occurred_at)
       ON CONFLICT (tenant_id, subject_id, purpose) DO UPDATE SET
         status = EXCLUDED.status,
         confirmed_at = coalesce(EXCLUDED.confirmed_at, consent_record.confirmed_at),
         withdrawn_at = EXCLUDED.withdrawn_at,
         text_version_id = coalesce(EXCLUDED.text_version_id, consent_record.text_version_id),
         expires_at = NULL,
         updated_at = now()
       RETURNING id, subject_id, purpose`,
      [
        ctx.tenantId,
        clientId,
        rows.map(() => newId()),
        rows.map((r) => r.subjectId),
        rows.map((r) => r.row.purpose),
        rows.map((r) => r.row.status),
        rows.map((r) => r.row.text?.id ?? null),
        rows.map((r) => r.row.occurredAt),
      ],
    );
  }

  async insertEvents(ctx: RequestContext, clientId: string, events: readonly ImportedEvent[]): Promise<void> {
    const actor = ctx.principal.actor;
    await ctx.query(
      `INSERT INTO consent_event (id, tenant_id, client_id, subject_id, record_id, purpose, type, source, occurred_at, text_version_id, text_sha256, evidence_encrypted, actor_type, actor_id)
       SELECT e.id, $1, $2, e.subject_id, e.record_id, e.purpose, 'IMPORTED', e.source, e.occurred_at, e.text_version_id, e.text_sha256, e.evidence, $3, $4
         FROM unnest($5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::timestamptz[], $11::uuid[], $12::text[], $13::bytea[])
           AS e(id, subject_id, record_id, purpose, source, occurred_at, text_version_id, text_sha256, evidence)`,
      [
        ctx.tenantId,
        clientId,
        actor.type,
        actor.id,
        events.map(() => newId()),
        events.map((e) => e.subjectId),
        events.map((e) => e.recordId),
        events.map((e) => e.row.purpose),
        events.map((e) => e.row.source),
        events.map((e) => e.row.occurredAt),
        events.map((e) => e.row.text?.id ?? null),
        events.map((e) => e.row.text?.sha256 ?? null),
        events.map((e) => e.evidence),
      ],
    );
  }
}
