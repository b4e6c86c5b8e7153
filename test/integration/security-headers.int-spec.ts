import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERMISSIONS_POLICY } from '../../apps/api/src/app/security-headers';
import { createClient, signUpFirm } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

// A stand-in for dist/apps/web: an index.html with the nonce placeholder (as apps/web/index.html has) and an asset.
const webDist = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'klarsicht-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__" />' +
      '<script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'index.js'), 'console.log("klarsicht");\n');
  return dir;
};

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'nonce-NONCE'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join(';');

const nonceOf = (response: Response): string =>
  /'nonce-([A-Za-z0-9+/]+=*)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';

const expectSecurityHeaders = (response: Response): void => {
  const headers = response.headers;
  expect(headers.get('content-security-policy')).toBe(POLICY.replace('NONCE', nonceOf(response)));
  expect(nonceOf(response)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('permissions-policy')).toBe(PERMISSIONS_POLICY);
  expect(headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)(, |$)/);
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('x-powered-by')).toBeNull();
  expect(headers.get('strict-transport-security')).toBeNull();
};

describe('Security headers', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ WEB_DIST: webDist() });
  });

  afterAll(async () => {
    await sut.close();
  });

  it('answers / and /index.html with the policy and a fresh nonce in the page, never cached', async () => {
    const pages = await Promise.all(
      ['/', '/', '/index.html'].map(async (path) => {
        const response = await fetch(`${sut.url}${path}`);
        return { response, html: await response.text() };
      }),
    );
    for (const { response, html } of pages) {
      expect(response.status).toBe(200);
      expectSecurityHeaders(response);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(html).toContain(`<meta name="csp-nonce" content="${nonceOf(response)}" />`);
      expect(html).not.toContain('__CSP_NONCE__');
    }
    const nonces = new Set(pages.map(({ response }) => nonceOf(response)));
    expect(nonces.size).toBe(3);
  });

  it('answers a public consent page (a client-side route) like the start page', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token);
    const published = await sut.gql<{ publishConsentText: { id: string } }>(
      `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
      {
        input: {
          clientId,
          language: 'de',
          purposes: ['MARKETING'],
          title: 'Angebote',
          text: 'Ich möchte Angebote per WhatsApp erhalten.',
        },
      },
      { token: firm.token },
    );
    expect(published.errors).toBeUndefined();
    const requested = await sut.gql<{ requestConsent: { confirmationUrl: string; withdrawalUrl: string } }>(
      `mutation ($input: RequestConsentInput!) { requestConsent(input: $input) { confirmationUrl withdrawalUrl } }`,
      {
        input: {
          clientId,
          phoneNumber: '+49 151 23456791',
          purposes: ['MARKETING'],
          consentTextVersionId: published.data?.publishConsentText.id,
        },
      },
      { token: firm.token },
    );
    expect(requested.errors).toBeUndefined();
    const { confirmationUrl, withdrawalUrl } = requested.data!.requestConsent;
    for (const url of [confirmationUrl, withdrawalUrl]) {
      const path = new URL(url).pathname;
      expect(path).toMatch(/^\/consent\/[^/]+(\/withdraw)?$/);
      for (const method of ['GET', 'HEAD']) {
        const response = await fetch(`${sut.url}${path}`, { method });
        expect(response.status).toBe(200);
        expectSecurityHeaders(response);
        expect(response.headers.get('cache-control')).toBe('no-store');
        if (method === 'GET') expect(await response.text()).toContain(`content="${nonceOf(response)}"`);
      }
    }
  });

  it('sets them on /graphql answers, errors and static files, which keep their caching', async () => {
    const graphql = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(200);
    expectSecurityHeaders(graphql);

    const csrf = await fetch(`${sut.url}/graphql?query=%7B__typename%7D`);
    expect(csrf.status).toBe(400);
    expectSecurityHeaders(csrf);

    const missingApi = await fetch(`${sut.url}/api/nothing-here`);
    expect(missingApi.status).toBe(404);
    expectSecurityHeaders(missingApi);

    const asset = await fetch(`${sut.url}/assets/index.js`);
    expect(asset.status).toBe(200);
    expectSecurityHeaders(asset);
    expect(asset.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=0');
    expect(asset.headers.get('etag')).toBeTruthy();
  });

  it('adds HSTS and upgrade-insecure-requests only in production with an https PUBLIC_URL', async () => {
    const modes: { env: Record<string, string>; https: boolean }[] = [
      { env: { NODE_ENV: 'production', PUBLIC_URL: 'https://klarsicht.example' }, https: true },
      { env: { NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:3000' }, https: false },
      { env: { NODE_ENV: 'production' }, https: false },
      { env: { NODE_ENV: 'development', PUBLIC_URL: 'https://klarsicht.example' }, https: false },
    ];
    for (const { env, https } of modes) {
      const app = await startTestApp(env, { poolSize: 1 });
      try {
        const response = await fetch(`${app.url}/health`);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("frame-ancestors 'none'");
        if (https) {
          expect(response.headers.get('strict-transport-security')).toBe(
            'max-age=31536000; includeSubDomains',
          );
          expect(csp.endsWith(';upgrade-insecure-requests')).toBe(true);
        } else {
          expect(response.headers.get('strict-transport-security')).toBeNull();
          expect(csp).not.toContain('upgrade-insecure-requests');
        }
      } finally {
        await app.close();
      }
    }
  });
});
