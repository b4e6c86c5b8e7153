import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export const WEBHOOK_PATH = '/hooks/whatsapp/';
// The content type every webhook POST is parsed as: the raw bytes, which the signature covers.
const RAW_WEBHOOK = 'application/x-klarsicht-webhook';

/**
 * Webhook POSTs keep their raw body (a Buffer, at most `maxBytes`, 413 above) for the signature check; only this
 * path: everything else keeps Fastify's parsers. The provider's own content type (JSON for Meta, form parameters for
 * Twilio) is known from the channel, so it is replaced before parsing.
 */
export const registerWebhookBody = (app: NestFastifyApplication, maxBytes: number): void => {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request) => {
    if (request.method === 'POST' && request.url.startsWith(WEBHOOK_PATH))
      request.headers['content-type'] = RAW_WEBHOOK;
  });
  fastify.addContentTypeParser(
    RAW_WEBHOOK,
    { parseAs: 'buffer', bodyLimit: maxBytes },
    (_request, body, done) => done(null, body),
  );
};
