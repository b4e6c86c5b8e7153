export * from './lib/roles';
export * from './lib/federal-states';
