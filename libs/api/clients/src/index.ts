export * from './lib/client.entity';
