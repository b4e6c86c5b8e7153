import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@klarsicht/api-core';
import { cspNonce } from './security-headers';

const API_PREFIXES = ['/graphql', '/api', '/health', '/hooks'];
/** What apps/web/index.html carries in `<meta name="csp-nonce">`; each answer puts the request's nonce there. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

export type SpaFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Serves the built web app (WEB_DIST) when it is there: its files as they are, and index.html — for `/`,
 * `/index.html` and every client-side route — from memory with the request's CSP nonce, never cached.
 * Returns the fallback for unknown GET paths (the error filter calls it on a 404), or undefined without a build.
 */
export const registerWebApp = async (
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<SpaFallback | undefined> => {
  const webRoot = resolve(config.WEB_DIST);
  const indexFile = join(webRoot, 'index.html');
  if (!existsSync(indexFile)) return undefined;

  // index.html is not served from disk: the placeholder has to be replaced in every answer.
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: false,
    globIgnore: ['index.html'],
  });
  const parts = readFileSync(indexFile, 'utf8').split(CSP_NONCE_PLACEHOLDER);
  if (parts.length === 1)
    new Logger('WebApp').warn(
      `${indexFile} has no ${CSP_NONCE_PLACEHOLDER}: Mantine's styles will be refused by the CSP; rebuild the web app`,
    );
  const sendIndex = (request: FastifyRequest, reply: FastifyReply): void => {
    const html = parts.join(cspNonce(request.raw));
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  };
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', sendIndex);
  fastify.get('/index.html', sendIndex);

  return (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))
    )
      return false;
    sendIndex(request, reply);
    return true;
  };
};
