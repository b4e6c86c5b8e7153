import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './ports';
import { gqlAt, ownerUrl, TEST_SECRETS, type TestApp } from './test-app';
import { TEST_APP_PASSWORD } from './urls';

export type ApiProcess = Pick<TestApp, 'gql' | 'url'> & { process: ChildProcess; stop: () => Promise<void> };

const root = resolve(__dirname, '../..');

/**
 * The built api in a process of its own on the run's test database, with the test keys: a second replica as
 * production runs it (in-process apps share module state such as passport's strategy registry).
 */
export const startApiProcess = async (env: Record<string, string> = {}): Promise<ApiProcess> => {
  execFileSync(process.execPath, [join(root, 'scripts/build-api.mjs')], { cwd: root, stdio: 'ignore' });
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'klarsicht-replica-')),
      DATABASE_URL: ownerUrl(),
      DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
      JWT_SECRET: TEST_SECRETS.jwtSecret,
      ENCRYPTION_KEY: TEST_SECRETS.encryptionKey.toString('base64'),
      BLIND_INDEX_KEY: TEST_SECRETS.blindIndexKey.toString('base64'),
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      WEB_DIST: join(root, 'no-web-here'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const started = Date.now();
  while (!output.includes('Klarsicht is running')) {
    if (child.exitCode !== null || Date.now() - started > 60_000)
      throw new Error(`The api process did not start:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    gql: gqlAt(url),
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};
