import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';

export type SnapshotCounts = {
  // YYYY-MM-DD; null = today (Europe/Berlin).
  day: string | null;
  clientCount: number;
  red: number;
  amber: number;
  green: number;
  openTasks: number;
  overdueTasks: number;
};

export type SnapshotRow = {
  day: string;
  client_count: number;
  red: number;
  amber: number;
  green: number;
  open_tasks: number;
  overdue_tasks: number;
};
export type SummaryRow = Record<
  | 'clients'
  | 'red'
  | 'amber'
  | 'green'
  | 'open_tasks'
  | 'reviews_due'
  | 'pending'
  | 'confirmed'
  | 'withdrawn'
  | 'expired',
  string
>;

// Firms work in German time: a snapshot belongs to the calendar day in Berlin.
const TODAY = `(now() AT TIME ZONE 'Europe/Berlin')::date`;

/** The portfolio's figures: the live summary over the client rows' counters, and the daily snapshots. */
@Injectable()
export class PortfolioRepository {
  /** Active clients' levels and counters in one statement (a hot read: prepared). */
  async summary(ctx: RequestContext, scope: string | null): Promise<SummaryRow | null> {
    const params: unknown[] = [ctx.tenantId];
    const scoped = scope ? ` AND id = $${params.push(scope)}` : '';
    const [row] = await ctx.prepared<SummaryRow>(
      `SELECT count(*) AS clients,
              count(*) FILTER (WHERE compliance_level = 'RED') AS red,
              count(*) FILTER (WHERE compliance_level = 'AMBER') AS amber,
              count(*) FILTER (WHERE compliance_level = 'GREEN') AS green,
              coalesce(sum(open_task_count), 0) AS open_tasks,
              count(*) FILTER (WHERE next_review_at < now() + interval '30 days') AS reviews_due,
              coalesce(sum(consent_pending), 0) AS pending, coalesce(sum(consent_confirmed), 0) AS confirmed,
              coalesce(sum(consent_withdrawn), 0) AS withdrawn, coalesce(sum(consent_expired), 0) AS expired
         FROM client WHERE tenant_id = $1 AND archived_at IS NULL${scoped}`,
      params,
    );
    return row ?? null;
  }

  /** The last `days` days' snapshots, oldest first. */
  history(ctx: RequestContext, days: number): Promise<SnapshotRow[]> {
    return ctx.query<SnapshotRow>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, client_count, red, amber, green, open_tasks, overdue_tasks
         FROM portfolio_snapshot WHERE tenant_id = $1 AND day > ${TODAY} - $2::int ORDER BY day`,
      [ctx.tenantId, days],
    );
  }

  async upsert(ctx: RequestContext, s: SnapshotCounts): Promise<void> {
    await ctx.query(
      `INSERT INTO portfolio_snapshot (id, tenant_id, day, client_count, red, amber, green, open_tasks, overdue_tasks, updated_at)
       VALUES ($1, $2, COALESCE($3::date, ${TODAY}), $4, $5, $6, $7, $8, $9, now())
       ON CONFLICT (tenant_id, day) DO UPDATE SET client_count = EXCLUDED.client_count, red = EXCLUDED.red, amber = EXCLUDED.amber,
         green = EXCLUDED.green, open_tasks = EXCLUDED.open_tasks, overdue_tasks = EXCLUDED.overdue_tasks, updated_at = now()`,
      [newId(), ctx.tenantId, s.day, s.clientCount, s.red, s.amber, s.green, s.openTasks, s.overdueTasks],
    );
  }
}
