export * from './lib/portfolio-snapshot.entity';
export * from './lib/portfolio.module';
export * from './lib/portfolio.service';
export { PortfolioSnapshotModel } from './lib/models/portfolio-snapshot.model';
export { PortfolioSummaryModel, LevelCountModel } from './lib/models/portfolio-summary.model';
