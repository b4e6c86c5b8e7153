import { Injectable } from '@nestjs/common';
import { AccessService, type RequestContext } from '@klarsicht/api-core';
import { TasksService } from '@klarsicht/api-tasks';
import type { PortfolioSnapshotModel } from './models/portfolio-snapshot.model';
import type { PortfolioSummaryModel } from './models/portfolio-summary.model';
import {
  PortfolioRepository,
  type SnapshotCounts,
  type SnapshotRow,
  type SummaryRow,
} from './portfolio.repository';

export type { SnapshotCounts };

const toSnapshotModel = (r: SnapshotRow): PortfolioSnapshotModel => ({
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

const toSummaryModel = (row: SummaryRow | null): PortfolioSummaryModel => {
  const n = (key: keyof SummaryRow): number => Number(row?.[key] ?? 0);
  return {
    clientCount: n('clients'),
    byLevel: [
      { level: 'RED', count: n('red') },
      { level: 'AMBER', count: n('amber') },
      { level: 'GREEN', count: n('green') },
    ],
    openTasks: n('open_tasks'),
    reviewsDue: n('reviews_due'),
    consents: {
      pending: n('pending'),
      confirmed: n('confirmed'),
      withdrawn: n('withdrawn'),
      expired: n('expired'),
    },
  };
};

/** The portfolio now (summary) and over time: one snapshot per firm and day, written by a daily job and on every read of the history. */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly access: AccessService,
    private readonly portfolio: PortfolioRepository,
    private readonly tasks: TasksService,
  ) {}

  async summary(ctx: RequestContext): Promise<PortfolioSummaryModel> {
    this.access.require(ctx, 'clients', 'read');
    return toSummaryModel(await this.portfolio.summary(ctx, this.access.clientFilter(ctx)));
  }

  /** The last `days` days, oldest first; today's row is brought up to date first, so a new firm sees at least today. */
  async history(ctx: RequestContext, days: number): Promise<PortfolioSnapshotModel[]> {
    this.requireViewer(ctx);
    await this.recordToday(ctx);
    return (await this.portfolio.history(ctx, days)).map(toSnapshotModel);
  }

  /** Upserts today's snapshot from the live portfolio (daily job, and before every history read). */
  async recordToday(ctx: RequestContext): Promise<void> {
    this.requireViewer(ctx);
    const summary = await this.summary(ctx);
    const count = (level: string): number =>
      summary.byLevel.find((entry) => entry.level === level)?.count ?? 0;
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
    for (const s of snapshots) await this.portfolio.upsert(ctx, s);
  }

  // Firm-wide figures, clients and tasks alike: not for client users or client-bound keys.
  private requireViewer(ctx: RequestContext): void {
    this.access.requireFirm(ctx, 'clients', 'read');
    this.access.require(ctx, 'tasks', 'read');
  }
}
