export * from './lib/requests.module';
