import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '@klarsicht/api-core';

// Security headers on every answer: the web app, its static files, /graphql, /api and the errors (docs/security.md,
// "Security headers"). The policy is written out here rather than taken from helmet's defaults, so that a helmet
// upgrade cannot change it unnoticed; test/integration/security-headers.int-spec.ts pins it.

const nonces = new WeakMap<IncomingMessage, string>();

/**
 * The request's nonce for `<style>` elements: 128 random bits, made on first use and kept for the request.
 * The CSP header names it, and index.html hands it to the web app (`<meta name="csp-nonce">`), whose style
 * injectors (Mantine, react-remove-scroll) set it on the `<style>` tags they create.
 */
export const cspNonce = (request: IncomingMessage): string => {
  let nonce = nonces.get(request);
  if (!nonce) {
    nonce = randomBytes(16).toString('base64');
    nonces.set(request, nonce);
  }
  return nonce;
};

/** HSTS and `upgrade-insecure-requests` only where the public address is https and the mode is production. */
export const servesHttpsOnly = (config: Pick<AppConfig, 'NODE_ENV' | 'PUBLIC_URL'>): boolean =>
  config.NODE_ENV === 'production' && (config.PUBLIC_URL?.startsWith('https://') ?? false);

// Powerful features the app never uses, switched off for this origin and any frame. (`interest-cohort` is left out:
// FLoC is gone and Chromium logs an error for the unknown name; `browsing-topics` is its successor.)
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

export const registerSecurityHeaders = async (
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> => {
  const httpsOnly = servesHttpsOnly(config);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        // Only the bundle's own files: no inline script, no eval.
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // The built CSS files, and the `<style>` tags Mantine injects (CSS variables, scroll lock) with the nonce.
        'style-src': ["'self'", (req) => `'nonce-${cspNonce(req)}'`],
        // data: for small images Vite inlines and the TOTP QR code, blob: for object URLs of downloads.
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Not behind plain http: `docker/compose.yml` runs production on http://localhost by default.
        ...(httpsOnly ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // Confirmation, withdrawal and invitation links carry their token in the path: no Referer may carry it on,
    // not even to this origin (where request headers are logged).
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: httpsOnly ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    // The rest as helmet sets them: nosniff, COOP/CORP same-origin, Origin-Agent-Cluster, no DNS prefetch,
    // X-Permitted-Cross-Domain-Policies none, X-XSS-Protection 0 (the old filter off), no X-Powered-By.
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (_request, reply) => {
      void reply.header('permissions-policy', PERMISSIONS_POLICY);
    });
};
