export * from './lib/client.entity';
export * from './lib/clients.module';
export * from './lib/clients.service';
export * from './lib/federal-state';
export { ClientModel } from './lib/models/client.model';
