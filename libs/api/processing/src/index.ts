export * from './lib/processing.module';
