export * from './lib/campaigns.module';
