export * from './lib/roles';
