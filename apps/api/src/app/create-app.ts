import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { Logger } from 'nestjs-pino';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppErrorFilter, createValidationPipe } from '@klarsicht/api-core';
import { AppModule, type AppModuleOptions } from './app.module';

const API_PREFIXES = ['/graphql', '/api', '/health'];

/** Builds the configured application (used by main, the CLI and the integration tests). */
export const createApp = async (
  options: AppModuleOptions & { logger?: boolean },
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
    });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart);

  const webRoot = resolve(config.WEB_DIST);
  const indexFile = join(webRoot, 'index.html');
  const hasWeb = existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  const index = hasWeb ? readFileSync(indexFile) : null;
  const spaFallback = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const path = request.url.split('?')[0] ?? '/';
    if (
      !index ||
      request.method !== 'GET' ||
      API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))
    )
      return false;
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    return true;
  };

  app.useGlobalFilters(new AppErrorFilter(spaFallback));
  app.useGlobalPipes(createValidationPipe());
  return app;
};
