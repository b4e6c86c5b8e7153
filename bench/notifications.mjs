// Reminders and digest benchmark (issue 15; docs/architecture.md § Reminders and digest, bench/notifications.md).
// One fresh database with row-level security on and three firms seeded as the owner with generate_series:
//   large   5,000 clients, 100,000 tasks, 50 users (45 staff, 5 client users)
//   few     5,000 clients, 100,000 tasks, 10 users (9 staff, 1 client user)
//   small     500 clients,  10,000 tasks, 10 users (9 staff, 1 client user)
// The built api (node scripts/build-api.mjs) runs in this process as the runtime role; for each firm the digest
// (for 07:30 Berlin) and the deadline reminders run once, then once more (nothing left to send), in the firm's
// system scope like the jobs do. Every SQL statement the app sends is counted through createDataSource's onQuery.
// Usage: node bench/notifications.mjs [--pg postgres://postgres@127.0.0.1:5432] [--json] [--keep]
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { machineFacts } from './support/machine.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const dist = (p) => resolve(root, 'dist/apps/api', p);
const { Client } = require('pg');
const { Buffer } = require('node:buffer');
require('reflect-metadata');

const { values: args } = parseArgs({
  options: {
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const RUNTIME_PASSWORD = 'klarsicht-bench';
const FIRMS = [
  { name: 'large', clients: 5000, tasks: 100000, staff: 45, clientUsers: 5 },
  { name: 'few', clients: 5000, tasks: 100000, staff: 9, clientUsers: 1 },
  { name: 'small', clients: 500, tasks: 10000, staff: 9, clientUsers: 1 },
];
// 06:30 UTC in winter: 07:30 in Berlin, the default digest hour.
const now = new Date();
now.setUTCHours(6, 30, 0, 0);

/** One firm, all rows in a handful of set-based statements. */
const seed = async (db, firm) => {
  const { rows } = await db.query(
    `INSERT INTO tenant (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`,
    [`Bench ${firm.name}`],
  );
  const tenantId = rows[0].id;
  const users = firm.staff + firm.clientUsers;
  await db.query(
    `INSERT INTO app_user (id, email, name, password_hash)
     SELECT gen_random_uuid(), $2 || '-' || i || '@bench.test', 'Bench ' || i, 'x' FROM generate_series(1, $1) i`,
    [users, `${firm.name}-${tenantId.slice(0, 8)}`],
  );
  await db.query(
    `INSERT INTO client (id, tenant_id, name) SELECT gen_random_uuid(), $1, 'Mandant ' || lpad(i::text, 5, '0')
       FROM generate_series(1, $2) i`,
    [tenantId, firm.clients],
  );
  // Staff first (the first one owns the firm), then client users on the first clients.
  await db.query(
    `WITH u AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM app_user WHERE email LIKE $2 || '-%'),
          c AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM client WHERE tenant_id = $1)
     INSERT INTO membership (id, tenant_id, user_id, role, client_id)
     SELECT gen_random_uuid(), $1, u.id,
            CASE WHEN u.n = 1 THEN 'OWNER' WHEN u.n <= $3 THEN 'DPO' ELSE 'CLIENT_VIEWER' END,
            CASE WHEN u.n <= $3 THEN NULL ELSE (SELECT c.id FROM c WHERE c.n = u.n - $3) END
       FROM u`,
    [tenantId, `${firm.name}-${tenantId.slice(0, 8)}`, firm.staff],
  );
  const staff = `SELECT user_id FROM membership WHERE tenant_id = $1 AND client_id IS NULL`;
  await db.query(
    `WITH s AS (SELECT user_id, row_number() OVER (ORDER BY user_id) - 1 AS n FROM (${staff}) x),
          c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM client WHERE tenant_id = $1)
     UPDATE client SET assigned_dpo_id = s.user_id FROM c, s
      WHERE client.id = c.id AND s.n = c.n % (SELECT count(*) FROM s)`,
    [tenantId],
  );
  // Tasks: due from 30 days ago to 60 days ahead, a quarter done, one in ten unassigned.
  await db.query(
    `WITH s AS (SELECT array_agg(user_id ORDER BY user_id) AS ids FROM (${staff}) x),
          c AS (SELECT array_agg(id ORDER BY id) AS ids FROM client WHERE tenant_id = $1)
     INSERT INTO task (id, tenant_id, client_id, title, status, due_at, assignee_id)
     SELECT gen_random_uuid(), $1, c.ids[1 + i % array_length(c.ids, 1)], 'Aufgabe ' || i,
            CASE WHEN i % 4 = 0 THEN 'DONE' WHEN i % 4 = 1 THEN 'IN_PROGRESS' ELSE 'OPEN' END,
            $3::timestamptz + ((i % 91) - 30) * interval '1 day' + (i % 24) * interval '1 hour',
            CASE WHEN i % 10 = 0 THEN NULL ELSE s.ids[1 + i % array_length(s.ids, 1)] END
       FROM generate_series(1, $2) i, s, c`,
    [tenantId, firm.tasks, now],
  );
  // Two documents per client, reviews spread over a year from 10 days ago.
  await db.query(
    `INSERT INTO document (id, tenant_id, client_id, type, title, status, next_review_at, updated_at)
     SELECT gen_random_uuid(), $1, c.id, 'POLICY', 'Dokument ' || k, 'APPROVED',
            $2::timestamptz + (((hashtext(c.id::text || k) & 1023) % 375) - 10) * interval '1 day', now()
       FROM client c, generate_series(1, 2) k WHERE c.tenant_id = $1`,
    [tenantId, now],
  );
  // A pending opt-in, 5 days old, on every tenth client.
  await db.query(
    `WITH c AS (SELECT id FROM client WHERE tenant_id = $1 AND hashtext(id::text) % 10 = 0),
          s AS (INSERT INTO consent_subject (id, tenant_id, client_id) SELECT gen_random_uuid(), $1, id FROM c RETURNING id, client_id)
     INSERT INTO consent_record (id, tenant_id, client_id, subject_id, purpose, status, requested_at, expires_at, updated_at)
     SELECT gen_random_uuid(), $1, client_id, id, 'MARKETING', 'PENDING', $2::timestamptz - interval '5 days',
            $2::timestamptz + interval '25 days', now() FROM s`,
    [tenantId, now],
  );
  return tenantId;
};

const main = async () => {
  const base = args.pg.replace(/\/$/, '');
  const dbName = `klarsicht_bench_notif_${Date.now()}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const facts = await machineFacts(admin);
  log('machine', JSON.stringify(facts));
  await admin.query(`CREATE DATABASE ${dbName}`);
  const result = { facts, database: dbName, now: now.toISOString(), firms: [] };
  let app = null;
  try {
    const { migrateDatabase } = require(dist('apps/api/src/database/migrate.js'));
    const { ensureRuntimeRoles, APP_ROLE } = require(dist('apps/api/src/database/provision.js'));
    await ensureRuntimeRoles(admin, APP_ROLE, RUNTIME_PASSWORD);
    const ownerUrl = `${base}/${dbName}`;
    await migrateDatabase(ownerUrl);
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    const tenants = [];
    for (const firm of FIRMS) {
      const started = Date.now();
      tenants.push(await seed(owner, firm));
      log(`seeded ${firm.name} in ${Date.now() - started} ms`);
    }
    await owner.query('ANALYZE');
    await owner.end();

    const appUrl = new URL(ownerUrl);
    appUrl.username = APP_ROLE;
    appUrl.password = RUNTIME_PASSWORD;
    const { loadConfig, RequestContextFactory, SYSTEM_PRINCIPAL } = require(
      dist('libs/api/core/src/index.js'),
    );
    const { RemindersService, DigestService } = require(dist('libs/api/notifications/src/index.js'));
    const { createDataSource } = require(dist('apps/api/src/database/data-source.js'));
    const { createApp } = require(dist('apps/api/src/app/create-app.js'));
    // Each statement as it is sent, and the time until the next one (the slowest per run go into the result).
    let statements = 0;
    let trace = [];
    const onQuery = (sql) => {
      statements += 1;
      trace.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 60), at: process.hrtime.bigint() });
    };
    const dataSource = createDataSource({ url: appUrl.toString(), poolSize: 4, onQuery });
    await dataSource.initialize();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'klarsicht-bench-notif-')),
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      PORT: '0',
    });
    const secrets = {
      jwtSecret: 'bench-jwt-secret-that-is-long-enough-0123456789',
      encryptionKey: Buffer.alloc(32, 7),
      blindIndexKey: Buffer.alloc(32, 9),
    };
    app = await createApp({ config, secrets, dataSource, logger: false });
    await app.init();
    const contexts = app.get(RequestContextFactory);
    const services = { digest: app.get(DigestService), reminders: app.get(RemindersService) };
    const measure = async (tenantId, service) => {
      const before = statements;
      trace = [];
      const started = process.hrtime.bigint();
      const sent = await contexts.runSeparately(
        SYSTEM_PRINCIPAL(tenantId),
        { ip: null, userAgent: null, requestId: `bench:${service}` },
        (ctx) => services[service].sendDue(ctx, now),
      );
      const ended = process.hrtime.bigint();
      const ms = Number(ended - started) / 1e6;
      const steps = trace.map((t, i) => ({
        sql: t.sql,
        ms: +(Number((trace[i + 1]?.at ?? ended) - t.at) / 1e6).toFixed(1),
      }));
      return { sent, statements: statements - before, ms: +ms.toFixed(1), steps };
    };
    for (const [i, firm] of FIRMS.entries()) {
      const row = { ...firm };
      for (const service of ['digest', 'reminders']) {
        row[service] = await measure(tenants[i], service);
        row[`${service}Again`] = await measure(tenants[i], service);
        log(
          firm.name,
          service,
          JSON.stringify(row[service]),
          'again',
          JSON.stringify(row[`${service}Again`]),
        );
      }
      result.firms.push(row);
    }
  } finally {
    await app?.close();
    if (!args.keep) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else console.table(result.firms.map((f) => ({ firm: f.name, digest: f.digest, reminders: f.reminders })));
};

await main();
