export * from './lib/api-keys.module';
export * from './lib/api-key.entity';
export { API_KEY_PREFIX, generateApiKey, parseApiKey } from './lib/api-key-format.util';
