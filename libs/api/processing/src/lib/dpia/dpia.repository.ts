import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { DpiaCriterion, ProcessingStatus } from '@klarsicht/compliance-rules';

export type StoredRisk = {
  description: string;
  likelihood: number;
  severity: number;
  measures: string;
  residualLikelihood: number;
  residualSeverity: number;
};
export type ScreeningRow = {
  criteria: DpiaCriterion[];
  authority_list_entry: string | null;
  note: string;
  required: boolean;
  screened_at: Date;
};
export type DpiaRow = {
  status: ProcessingStatus;
  description: string;
  necessity: string;
  risks: StoredRisk[];
  approved_at: Date | null;
};

/** DPIA screenings and DPIAs, one each per processing activity. */
@Injectable()
export class DpiaRepository {
  async screening(ctx: RequestContext, activityId: string): Promise<ScreeningRow | null> {
    const [row] = await ctx.query<ScreeningRow>(
      `SELECT criteria, authority_list_entry, note, required, screened_at FROM dpia_screening WHERE activity_id = $1`,
      [activityId],
    );
    return row ?? null;
  }

  /** The screenings of many activities, in one statement. */
  async screeningsOf(
    ctx: RequestContext,
    activityIds: readonly string[],
  ): Promise<(ScreeningRow & { activity_id: string })[]> {
    return ctx.query<ScreeningRow & { activity_id: string }>(
      `SELECT activity_id, criteria, authority_list_entry, note, required, screened_at
         FROM dpia_screening WHERE activity_id = ANY($1::uuid[])`,
      [activityIds],
    );
  }

  async saveScreening(
    ctx: RequestContext,
    activity: { id: string; clientId: string },
    values: Omit<ScreeningRow, 'screened_at'>,
  ): Promise<void> {
    await ctx.query(
      `INSERT INTO dpia_screening (id, tenant_id, client_id, activity_id, criteria, authority_list_entry, note, required, screened_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (tenant_id, activity_id) DO UPDATE
         SET criteria = EXCLUDED.criteria, authority_list_entry = EXCLUDED.authority_list_entry, note = EXCLUDED.note,
             required = EXCLUDED.required, screened_by = EXCLUDED.screened_by, screened_at = now()`,
      [
        newId(),
        ctx.tenantId,
        activity.clientId,
        activity.id,
        values.criteria,
        values.authority_list_entry,
        values.note,
        values.required,
        ctx.principal.userId,
      ],
    );
  }

  async dpia(ctx: RequestContext, activityId: string): Promise<DpiaRow | null> {
    const [row] = await ctx.query<DpiaRow>(
      `SELECT status, description, necessity, risks, approved_at FROM dpia WHERE activity_id = $1`,
      [activityId],
    );
    return row ?? null;
  }

  /** Saved content makes the DPIA a DRAFT again. */
  async saveDpia(
    ctx: RequestContext,
    activity: { id: string; clientId: string },
    values: Pick<DpiaRow, 'description' | 'necessity' | 'risks'>,
  ): Promise<void> {
    await ctx.query(
      `INSERT INTO dpia (id, tenant_id, client_id, activity_id, description, necessity, risks)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
       ON CONFLICT (tenant_id, activity_id) DO UPDATE
         SET description = EXCLUDED.description, necessity = EXCLUDED.necessity, risks = EXCLUDED.risks,
             status = 'DRAFT', approved_at = NULL, approved_by = NULL, updated_at = now()`,
      [
        newId(),
        ctx.tenantId,
        activity.clientId,
        activity.id,
        values.description,
        values.necessity,
        JSON.stringify(values.risks),
      ],
    );
  }

  async approveDpia(ctx: RequestContext, activityId: string, at: Date): Promise<void> {
    await ctx.query(
      `UPDATE dpia SET status = 'APPROVED', approved_at = $2, approved_by = $3, updated_at = now() WHERE activity_id = $1`,
      [activityId, at, ctx.principal.userId],
    );
  }
}
