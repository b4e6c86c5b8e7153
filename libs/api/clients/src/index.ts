export * from './lib/client.entity';
export * from './lib/clients.module';
export * from './lib/clients.service';
export * from './lib/context-loader.util';
export * from './lib/federal-state';
export { ClientModel, ComplianceModel, ConsentStatsModel, LevelCountModel, PortfolioSummaryModel, UserRefModel } from './lib/models/client.model';
