import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig, type AppSecrets } from '@klarsicht/api-core';
import { createApp } from '../../apps/api/src/app/create-app';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { appUrlFor } from './urls';

export type GqlResult<T = Record<string, unknown>> = {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
};

export type TestApp = {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  secrets: AppSecrets;
  dataSource: DataSource;
  ownerUrl: string;
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ) => Promise<GqlResult<T>>;
  close: () => Promise<void>;
};

export const ownerUrl = (): string => {
  const url = process.env['KLARSICHT_TEST_OWNER_URL'];
  if (!url)
    throw new Error('KLARSICHT_TEST_OWNER_URL is not set: run integration tests through jest (global setup)');
  return url;
};

/** The keys every test api uses (a separate api process gets the same, test/support/api-process.ts). */
export const TEST_SECRETS: AppSecrets = {
  jwtSecret: 'test-jwt-secret-that-is-long-enough-0123456789',
  encryptionKey: Buffer.alloc(32, 7),
  blindIndexKey: Buffer.alloc(32, 9),
};

/** GraphQL over real HTTP against the api at `url`. */
export const gqlAt =
  (url: string): TestApp['gql'] =>
  async (query, variables = {}, opts = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GqlResult['errors'] };
    return {
      status: response.status,
      headers: response.headers,
      data: (body.data ?? null) as never,
      errors: body.errors,
    };
  };

/** Boots the real Nest app on a random port against the run's test database, as the runtime role. */
export const startTestApp = async (
  env: Record<string, string> = {},
  options: {
    poolSize?: number;
    onQuery?: (sql: string) => void;
    // Reach the database through another host and port (a fault-injecting proxy, test/support/tcp-proxy.ts).
    via?: { host: string; port: number };
    statementTimeoutMs?: number;
    acquireTimeoutMs?: number;
    // The app's own JSON logs (with LOG_LEVEL in `env`), e.g. to see the error behind an internal error.
    logger?: boolean;
    // Listen on this port instead of a random one (when PUBLIC_URL in `env` must name it).
    port?: number;
  } = {},
): Promise<TestApp> => {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'klarsicht-test-data-')),
    SEED_DEMO: 'false',
    // Tests that exercise background jobs turn them on; the others keep the pool free of pollers.
    JOBS_ENABLED: 'false',
    PORT: '0',
    ...env,
  });
  const secrets = TEST_SECRETS;
  const appUrl = new URL(appUrlFor(ownerUrl()));
  if (options.via) {
    appUrl.hostname = options.via.host;
    appUrl.port = String(options.via.port);
  }
  const dataSource = createDataSource({
    url: appUrl.toString(),
    poolSize: options.poolSize ?? 5,
    onQuery: options.onQuery,
    statementTimeoutMs: options.statementTimeoutMs,
    acquireTimeoutMs: options.acquireTimeoutMs,
  });
  await dataSource.initialize();
  const app = await createApp({ config, secrets, dataSource, logger: options.logger ?? false });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const gql = gqlAt(url);
  return {
    app,
    url,
    config,
    secrets,
    dataSource,
    ownerUrl: ownerUrl(),
    gql,
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
};

/** Runs `work` with a connection of the owner role (no row-level security), to look at or arrange rows directly. */
export const withOwner = async <T>(
  app: Pick<TestApp, 'ownerUrl'>,
  work: (db: Client) => Promise<T>,
): Promise<T> => {
  const db = new Client({ connectionString: app.ownerUrl });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
};
