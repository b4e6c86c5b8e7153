import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { TomGoal, TomStatus } from '@klarsicht/compliance-rules';

export type FirmMeasureRow = { id: string; goal: TomGoal; title: string; description: string };
export type MeasureStatusRow = {
  measure_key: string;
  status: TomStatus;
  note: string;
  evidence_document_id: string | null;
  updated_at: Date;
};

/** The firm's own measures and each client's status per measure. */
@Injectable()
export class TomRepository {
  async firmMeasures(ctx: RequestContext): Promise<FirmMeasureRow[]> {
    return ctx.query<FirmMeasureRow>(
      `SELECT id, goal, title, description FROM technical_measure WHERE tenant_id = $1 ORDER BY id`,
      [ctx.tenantId],
    );
  }

  async insertMeasure(
    ctx: RequestContext,
    goal: TomGoal,
    title: string,
    description: string,
  ): Promise<string> {
    const id = newId();
    await ctx.query(
      `INSERT INTO technical_measure (id, tenant_id, goal, title, description, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, ctx.tenantId, goal, title, description, ctx.principal.userId],
    );
    return id;
  }

  async statusesOf(ctx: RequestContext, clientId: string): Promise<MeasureStatusRow[]> {
    return ctx.query<MeasureStatusRow>(
      `SELECT measure_key, status, note, evidence_document_id, updated_at
         FROM client_technical_measure WHERE tenant_id = $1 AND client_id = $2`,
      [ctx.tenantId, clientId],
    );
  }

  async upsertStatus(
    ctx: RequestContext,
    clientId: string,
    measureKey: string,
    values: { status: TomStatus; note: string; evidenceDocumentId: string | null },
  ): Promise<void> {
    await ctx.query(
      `INSERT INTO client_technical_measure (tenant_id, client_id, measure_key, status, note, evidence_document_id, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, client_id, measure_key) DO UPDATE
         SET status = EXCLUDED.status, note = EXCLUDED.note, evidence_document_id = EXCLUDED.evidence_document_id,
             updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [
        ctx.tenantId,
        clientId,
        measureKey,
        values.status,
        values.note,
        values.evidenceDocumentId,
        ctx.principal.userId,
      ],
    );
  }

  /** A document of this client that is not archived. */
  async isClientDocument(ctx: RequestContext, clientId: string, documentId: string): Promise<boolean> {
    const rows = await ctx.query<{ id: string }>(
      `SELECT id FROM document WHERE id = $1 AND client_id = $2 AND status <> 'ARCHIVED'`,
      [documentId, clientId],
    );
    return rows.length > 0;
  }
}
