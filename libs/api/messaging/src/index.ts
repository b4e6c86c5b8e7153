export * from './lib/messaging.module';
export { registerWebhookBody } from './lib/webhook/webhook-body';
