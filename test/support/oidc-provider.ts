import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { freePort } from './ports';

export type TestIdp = { issuer: string; stop: () => Promise<void> };

/** Starts test/support/test-idp.mjs (a real oidc-provider) with one registered client. */
export const startTestIdp = async (client: {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}): Promise<TestIdp> => {
  const port = await freePort();
  const script = join(resolve(__dirname, '../..'), 'test/support/test-idp.mjs');
  const child = spawn(process.execPath, [script, JSON.stringify({ port, clients: [client] })], {
    env: { ...process.env, NODE_OPTIONS: '--no-warnings' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const started = Date.now();
  while (!output.includes('ready ')) {
    if (child.exitCode !== null || Date.now() - started > 20_000)
      throw new Error(`The identity provider did not start:\n${output}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    issuer: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      if (process.env['DEBUG_IDP']) process.stderr.write(output);
    },
  };
};

/**
 * What a browser does with redirects: follows them (manually, keeping each host's cookies) until `stop` says the
 * next address is one the test wants to look at itself; returns that address and the cookies set on the way.
 */
export const followRedirects = async (
  start: string,
  stop: (next: URL) => boolean,
  jar: Map<string, Map<string, string>> = new Map(),
): Promise<{ url: URL; jar: Map<string, Map<string, string>>; cookies: (host: string) => string }> => {
  let url = new URL(start);
  const cookies = (host: string) =>
    [...(jar.get(host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  for (let hop = 0; hop < 20; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookies(url.host) } });
    const hostJar = jar.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      hostJar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    jar.set(url.host, hostJar);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location)
      throw new Error(`No redirect from ${url.href}: ${response.status} ${await response.text()}`);
    url = new URL(location, url);
    if (stop(url)) return { url, jar, cookies };
  }
  throw new Error('Too many redirects');
};
