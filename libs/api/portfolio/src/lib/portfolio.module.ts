import { Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '@klarsicht/api-core';
import { PortfolioRepository } from './portfolio.repository';
import { PortfolioResolver, PortfolioSummaryResolver } from './portfolio.resolver';
import { PortfolioService } from './portfolio.service';

export const PORTFOLIO_SNAPSHOT_QUEUE = 'portfolio-snapshot';

@Module({
  providers: [PortfolioRepository, PortfolioService, PortfolioResolver, PortfolioSummaryResolver],
  exports: [PortfolioService],
})
export class PortfolioModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly portfolio: PortfolioService,
  ) {}

  onModuleInit(): void {
    // Daily at 23:55 (Europe/Berlin): the day's closing figures for the history chart.
    this.jobs.register(
      PORTFOLIO_SNAPSHOT_QUEUE,
      () => this.jobs.forEachTenant(PORTFOLIO_SNAPSHOT_QUEUE, (ctx) => this.portfolio.recordToday(ctx)),
      { cron: '55 23 * * *' },
    );
  }
}
