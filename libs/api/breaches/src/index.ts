export * from './lib/breaches.module';
