import { Injectable } from '@nestjs/common';
import { AccessService, newId, type RequestContext } from '@klarsicht/api-core';
import { ClientsService } from '@klarsicht/api-clients';
import { TasksService } from '@klarsicht/api-tasks';
import type { PortfolioSnapshotModel } from './models/portfolio-snapshot.model';

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

type SnapshotRow = { day: string; client_count: number; red: number; amber: number; green: number; open_tasks: number; overdue_tasks: number };

// Firms work in German time: a snapshot belongs to the calendar day in Berlin.
const TODAY = `(now() AT TIME ZONE 'Europe/Berlin')::date`;

const toModel = (r: SnapshotRow): PortfolioSnapshotModel => ({
  day: r.day,
  clientCount: r.client_count,
  byLevel: [
    { level: 'RED', count: r.red },
    { level: 'AMBER', count: r.amber },
    { level: 'GREEN', count: r.green },
  ],
  openTasks: r.open_tasks,
  overdueTasks: r.overdue_tasks,
});

/** The portfolio over time: one snapshot per firm and day, written by a daily job and on every read of the history. */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly access: AccessService,
    private readonly clients: ClientsService,
    private readonly tasks: TasksService,
  ) {}

  /** The last `days` days, oldest first; today's row is brought up to date first, so a new firm sees at least today. */
  async history(ctx: RequestContext, days: number): Promise<PortfolioSnapshotModel[]> {
    this.requireViewer(ctx);
    await this.recordToday(ctx);
    const rows = await ctx.query<SnapshotRow>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, client_count, red, amber, green, open_tasks, overdue_tasks
         FROM portfolio_snapshot WHERE tenant_id = $1 AND day > ${TODAY} - $2::int ORDER BY day`,
      [ctx.tenantId, days],
    );
    return rows.map(toModel);
  }

  /** Upserts today's snapshot from the live portfolio (daily job, and before every history read). */
  async recordToday(ctx: RequestContext): Promise<void> {
    this.requireViewer(ctx);
    const summary = await this.clients.portfolioSummary(ctx);
    const count = (level: string): number => summary.byLevel.find((entry) => entry.level === level)?.count ?? 0;
    await this.save(ctx, [
      {
        day: null,
        clientCount: summary.clientCount,
        red: count('RED'),
        amber: count('AMBER'),
        green: count('GREEN'),
        openTasks: summary.openTasks,
        overdueTasks: await this.tasks.overdueTotal(ctx),
      },
    ]);
  }

  /**
   * Upserts snapshots (one per day). Derived figures, not a change anyone made: not audited, or the daily job
   * would add an audit event per firm and day that says nothing.
   */
  async save(ctx: RequestContext, snapshots: readonly SnapshotCounts[]): Promise<void> {
    this.requireViewer(ctx);
    for (const s of snapshots) {
      await ctx.query(
        `INSERT INTO portfolio_snapshot (id, tenant_id, day, client_count, red, amber, green, open_tasks, overdue_tasks, updated_at)
         VALUES ($1, $2, COALESCE($3::date, ${TODAY}), $4, $5, $6, $7, $8, $9, now())
         ON CONFLICT (tenant_id, day) DO UPDATE SET client_count = EXCLUDED.client_count, red = EXCLUDED.red, amber = EXCLUDED.amber,
           green = EXCLUDED.green, open_tasks = EXCLUDED.open_tasks, overdue_tasks = EXCLUDED.overdue_tasks, updated_at = now()`,
        [newId(), ctx.tenantId, s.day, s.clientCount, s.red, s.amber, s.green, s.openTasks, s.overdueTasks],
      );
    }
  }

  // Firm-wide figures, clients and tasks alike: not for client users or client-bound keys.
  private requireViewer(ctx: RequestContext): void {
    this.access.requireFirm(ctx, 'clients', 'read');
    this.access.require(ctx, 'tasks', 'read');
  }
}
