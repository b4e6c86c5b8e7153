import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/ports';
import { createClient, signUpFirm, type Firm } from '../support/factories';
import { gqlAt } from '../support/test-app';

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const root = resolve(__dirname, '../..');

// pg_control's DBState (src/include/catalog/pg_control.h) sits after the 8-byte system identifier and two uint32
// version fields: 1 = shut down cleanly (the next start needs no crash recovery), 6 = in production.
const controlState = (dataDir: string): number =>
  readFileSync(join(dataDir, 'pg', 'global', 'pg_control')).readUInt32LE(16);
// The postmaster's pid is the first line of postmaster.pid.
const postmasterPid = (dataDir: string): number =>
  Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

/**
 * The product as `npm start` runs it (the built server in its own process, on its own embedded PostgreSQL): the
 * database is killed under write load, then the process gets SIGTERM.
 */
describe('Embedded PostgreSQL under supervision, and graceful shutdown', () => {
  let child: ChildProcess;
  let exited: Promise<number | null>;
  let output = '';
  let dataDir: string;
  let url: string;
  let ownerUrl: string;
  let gql: ReturnType<typeof gqlAt>;
  let firm: Firm;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/build-api.mjs')], { cwd: root, stdio: 'ignore' });
    dataDir = mkdtempSync(join(tmpdir(), 'klarsicht-supervised-'));
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    const pgPort = await freePort();
    child = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: '',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        EMBEDDED_PG_PORT: String(pgPort),
        SEED_DEMO: 'false',
        JOBS_ENABLED: 'true',
        JOBS_POLL_SECONDS: '0.5',
        DATABASE_ACQUIRE_TIMEOUT_MS: '2000',
        DATABASE_STATEMENT_TIMEOUT_MS: '5000',
        SHUTDOWN_GRACE_SECONDS: '10',
        WEB_DIST: join(dataDir, 'no-web'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((done) => child.once('exit', (code) => done(code)));
    url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    while (!output.includes('Klarsicht is running')) {
      if (child.exitCode !== null || Date.now() - started > 90_000)
        throw new Error(`Server did not start:\n${output}`);
      await sleep(200);
    }
    const secrets = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as {
      postgresPassword: string;
    };
    ownerUrl = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${pgPort}/klarsicht`;
    gql = gqlAt(url);
    firm = await signUpFirm({ gql });
  }, 120_000);
  afterAll(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  });

  const owner = async <T>(work: (db: Client) => Promise<T>): Promise<T> => {
    const db = new Client({ connectionString: ownerUrl });
    await db.connect();
    try {
      return await work(db);
    } finally {
      await db.end();
    }
  };

  it('restarts a killed database by itself: no process exit, no lost acknowledged write, the chain verifies, jobs run again', async () => {
    const acknowledged: string[] = [];
    const codes = new Set<string>();
    const statuses = new Set<number>();
    let writing = true;
    const writer = async (n: number): Promise<void> => {
      for (let i = 0; writing; i++) {
        const result = await gql<{ createClient: { id: string } }>(
          `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
          { input: { name: `Schreiber ${n}-${i}` } },
          { token: firm.token },
        ).catch(() => null);
        if (!result) continue;
        statuses.add(result.status);
        if (result.data?.createClient.id) acknowledged.push(result.data.createClient.id);
        for (const error of result.errors ?? []) codes.add(String(error.extensions?.['code']));
        if (result.status === 503) await sleep(100);
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    await sleep(1500);
    const before = acknowledged.length;
    process.kill(postmasterPid(dataDir), 'SIGKILL');
    const killedAt = Date.now();

    const seen: string[] = [];
    let healthy = false;
    while (Date.now() - killedAt < 30_000) {
      const response = await fetch(`${url}/health`);
      const body = (await response.json()) as { status: string; database: string };
      seen.push(`${response.status} ${body.status} ${body.database}`);
      if (response.status === 200 && Date.now() - killedAt > 200) {
        healthy = true;
        break;
      }
      await sleep(200);
    }
    const recoveredAfter = Date.now() - killedAt;
    expect(healthy).toBe(true);
    expect(recoveredAfter).toBeLessThan(30_000);
    expect(seen.some((line) => /^503 degraded (recovering|down)$/.test(line))).toBe(true);
    expect(child.exitCode).toBeNull();
    expect(output).toMatch(/Embedded PostgreSQL exited unexpectedly \(signal SIGKILL\); restarting/);

    await sleep(1000);
    writing = false;
    await Promise.all(writers);
    expect(before).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(before);
    expect([...statuses].filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect([...codes].filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);

    const stored = await owner(
      async (db) =>
        new Set(
          (
            await db.query<{ id: string }>('SELECT id FROM client WHERE tenant_id = $1', [firm.tenantId])
          ).rows.map((row) => row.id),
        ),
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    const verified = await gql<{ verifyAuditChain: { valid: boolean; checkedCount: number } }>(
      '{ verifyAuditChain { valid checkedCount } }',
      {},
      { token: firm.token },
    );
    expect(verified.data?.verifyAuditChain.valid).toBe(true);
    expect(verified.data?.verifyAuditChain.checkedCount).toBeGreaterThanOrEqual(acknowledged.length);

    // pg-boss reconnected: a job queued now is picked up and completed by the server's workers.
    const jobId = await owner(
      async (db) =>
        (
          await db.query<{ id: string }>(
            `INSERT INTO pgboss.job (name, data) VALUES ('portfolio-snapshot', '{}'::jsonb) RETURNING id`,
          )
        ).rows[0]?.id,
    );
    let state = '';
    for (let i = 0; i < 60 && state !== 'completed'; i++) {
      await sleep(250);
      state = await owner(
        async (db) =>
          (await db.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [jobId])).rows[0]
            ?.state ?? '',
      );
    }
    expect(state).toBe('completed');
  }, 90_000);

  it('shuts down gracefully: readiness off, the request in flight completes, the database stops cleanly', async () => {
    const clientId = await createClient({ gql }, firm.token, 'Import beim Herunterfahren GmbH');
    const boundary = 'klarsicht-boundary';
    const rows = Array.from(
      { length: 50 },
      (_, i) => `+49 151 2${String(i).padStart(7, '0')},MARKETING,CONFIRMED,2026-01-01T10:00:00Z`,
    );
    // A consent import whose body is still arriving when SIGTERM's shutdown begins.
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${url}/api/clients/${clientId}/consents/import?dryRun=true`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${firm.token}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
          },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\nContent-Type: text/csv\r\n\r\nphone_number,purpose,status,occurred_at\n${rows.slice(0, 10).join('\n')}\n`,
      );
      setTimeout(() => {
        req.end(`${rows.slice(10).join('\n')}\r\n--${boundary}--\r\n`);
      }, 1500);
    });
    await sleep(300);
    child.kill('SIGTERM');
    await sleep(200);
    const ready = await fetch(`${url}/health/ready`).catch(() => null);
    // Either still answering (then not ready: draining) or already refusing new connections.
    if (ready) expect(await ready.json()).toMatchObject({ draining: true });
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(JSON.parse(finished.body)).toMatchObject({ processedRows: 50 });
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
    expect(controlState(dataDir)).toBe(1);
  }, 60_000);
});
