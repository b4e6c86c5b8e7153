import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { ProcessingRecord, ProcessingStatus } from '@klarsicht/compliance-rules';

export type ActivityRow = {
  id: string;
  client_id: string;
  client_name: string;
  status: ProcessingStatus;
  current_version: number;
  approved_version: number | null;
  review_interval_months: number | null;
  next_review_at: Date | null;
  approved_at: Date | null;
  template_id: string | null;
  created_at: Date;
  updated_at: Date;
  record: ProcessingRecord;
};

export type VersionRow = {
  activity_id: string;
  version: number;
  record: ProcessingRecord;
  created_by: string | null;
  created_at: Date;
  approved_at: Date | null;
  approved_by: string | null;
};

export type ActivityPatch = Partial<{
  status: ProcessingStatus;
  current_version: number;
  approved_version: number;
  review_interval_months: number | null;
  next_review_at: Date | null;
  approved_at: Date;
  approved_by: string | null;
}>;

const COLUMNS = `a.id, a.client_id, c.name AS client_name, a.status, a.current_version, a.approved_version,
  a.review_interval_months, a.next_review_at, a.approved_at, a.template_id, a.created_at, a.updated_at, v.record`;
const FROM = `processing_activity a
  JOIN client c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
  JOIN processing_activity_version v ON v.tenant_id = a.tenant_id AND v.activity_id = a.id AND v.version = a.current_version`;

/** The record of processing activities: activities and their immutable versions. */
@Injectable()
export class ProcessingActivityRepository {
  /** A new activity with its first version; returns its id. */
  async insert(
    ctx: RequestContext,
    values: {
      clientId: string;
      record: ProcessingRecord;
      reviewIntervalMonths: number | null;
      templateId: string | null;
    },
  ): Promise<string> {
    const id = newId();
    await ctx.query(
      `INSERT INTO processing_activity (id, tenant_id, client_id, review_interval_months, template_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        id,
        ctx.tenantId,
        values.clientId,
        values.reviewIntervalMonths,
        values.templateId,
        ctx.principal.userId,
      ],
    );
    await this.insertVersion(ctx, id, values.clientId, 1, values.record);
    return id;
  }

  async insertVersion(
    ctx: RequestContext,
    activityId: string,
    clientId: string,
    version: number,
    record: ProcessingRecord,
  ): Promise<void> {
    await ctx.query(
      `INSERT INTO processing_activity_version (id, tenant_id, client_id, activity_id, version, record, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
      [newId(), ctx.tenantId, clientId, activityId, version, JSON.stringify(record), ctx.principal.userId],
    );
  }

  async update(ctx: RequestContext, id: string, patch: ActivityPatch): Promise<void> {
    const columns = Object.keys(patch);
    if (columns.length === 0) return;
    await ctx.query(
      `UPDATE processing_activity SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
        WHERE id = $1`,
      [id, ...Object.values(patch)],
    );
  }

  /** Records the approval on the version (once: the table's trigger refuses any later change). */
  async approveVersion(ctx: RequestContext, activityId: string, version: number, at: Date): Promise<void> {
    await ctx.query(
      `UPDATE processing_activity_version SET approved_at = $3, approved_by = $4
        WHERE activity_id = $1 AND version = $2 AND approved_at IS NULL`,
      [activityId, version, at, ctx.principal.userId],
    );
  }

  async find(ctx: RequestContext, id: string, lock = false): Promise<ActivityRow | null> {
    const [row] = await ctx.query<ActivityRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async findMany(ctx: RequestContext, ids: readonly string[]): Promise<ActivityRow[]> {
    return ctx.query<ActivityRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = ANY($1::uuid[]) ORDER BY a.id`,
      [ids],
    );
  }

  /** A client's activities in creation order (ids are UUIDv7), after the cursor, and the total. */
  async page(
    ctx: RequestContext,
    clientId: string,
    limit: number,
    after: string | null,
  ): Promise<{ rows: ActivityRow[]; total: number }> {
    const [{ total }] = await ctx.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM processing_activity WHERE tenant_id = $1 AND client_id = $2`,
      [ctx.tenantId, clientId],
    );
    const rows = await ctx.query<ActivityRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE a.tenant_id = $1 AND a.client_id = $2 AND ($3::uuid IS NULL OR a.id > $3)
        ORDER BY a.id LIMIT $4`,
      [ctx.tenantId, clientId, after, limit + 1],
    );
    return { rows, total };
  }

  /** Every version of the activities, newest first. */
  async versionsOf(ctx: RequestContext, activityIds: readonly string[]): Promise<VersionRow[]> {
    return ctx.query<VersionRow>(
      `SELECT activity_id, version, record, created_by, created_at, approved_at, approved_by
         FROM processing_activity_version WHERE activity_id = ANY($1::uuid[]) ORDER BY activity_id, version DESC`,
      [activityIds],
    );
  }

  /** Approved activities of this firm whose next review has passed (the daily review job). */
  async dueForReview(ctx: RequestContext, now: Date): Promise<ActivityRow[]> {
    return ctx.query<ActivityRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE a.tenant_id = $1 AND a.approved_version IS NOT NULL AND a.next_review_at <= $2
        ORDER BY a.next_review_at, a.id`,
      [ctx.tenantId, now],
    );
  }

  /** The ids among these that are BSPs of the firm's catalogue. */
  async knownBsps(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await ctx.query<{ id: string }>(`SELECT id FROM bsp WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }
}
