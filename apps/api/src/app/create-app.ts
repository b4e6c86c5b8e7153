import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { Logger } from 'nestjs-pino';
import { AppErrorFilter, createValidationPipe } from '@klarsicht/api-core';
import { registerWebhookBody } from '@klarsicht/api-messaging';
import { AppModule, type AppModuleOptions } from './app.module';
import { registerSecurityHeaders } from './security-headers';
import { registerWebApp } from './web-app';

/** Builds the configured application (used by main, the CLI and the integration tests). */
export const createApp = async (
  options: AppModuleOptions & {
    logger?: boolean;
    /** In worker mode, this worker's number: every answer names it (x-klarsicht-worker, docs/scaling.md). */
    workerIndex?: number | null;
  },
): Promise<NestFastifyApplication> => {
  const { config } = options;
  const adapter = new FastifyAdapter({
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : crypto.randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    bufferLogs: true,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  else app.useLogger(false);

  // Every answer names its request id, the same one that appears in the logs and the audit trail.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      void reply.header('x-request-id', request.id);
      if (options.workerIndex != null) void reply.header('x-klarsicht-worker', String(options.workerIndex));
    });
  // First, so that its hooks cover every route registered after it (static files, index.html, Nest's).
  await registerSecurityHeaders(app, config);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart);
  registerWebhookBody(app, config.MESSAGING_WEBHOOK_MAX_BYTES);

  const spaFallback = await registerWebApp(app, config);

  app.useGlobalFilters(new AppErrorFilter(spaFallback));
  app.useGlobalPipes(createValidationPipe());
  return app;
};
