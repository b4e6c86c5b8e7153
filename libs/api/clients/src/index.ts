export * from './lib/client.entity';
export * from './lib/clients.module';
export * from './lib/clients.service';
