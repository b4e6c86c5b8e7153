// Portfolio benchmark (issue 4). One run on one database with row-level security on:
//   a firm of 5,000 clients (plus other firms around it), each with ~20 tasks, ~10 documents and ~400 consent records;
//   autocannon at 1 and 8 connections against
//     - Klarsicht (the built server, GraphQL over HTTP with a signed-in DPO's token),
//     - PostGraphile 5 (Amber preset) on the same database as a member of the runtime group,
//     - the floor: a minimal node:http + pg server answering each request with one hand-written SQL statement,
//   for (a) a page of 50 clients with compliance, task counts and consent counts, (b) all 5,000 clients,
//   (c) the portfolio summary.
// Build first: node scripts/build-api.mjs. PostGraphile is installed on demand into bench/postgraphile/node_modules.
// Usage: node bench/portfolio.mjs [--seconds 10] [--pg postgres://postgres@127.0.0.1:5432] [--clients 5000]
//        [--others 3] [--other-clients 500] [--db <existing seeded database>] [--keep] [--json]
//        [--only klarsicht,postgraphile,floor] [--main <another build's main.js>]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { machineFacts } from './support/machine.mjs';
import { seedFirm } from './support/seed-firm.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { Client, Pool } = require('pg');
const PEER_DIR = resolve(import.meta.dirname, 'postgraphile');

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    clients: { type: 'string', default: '5000' },
    others: { type: 'string', default: '3' },
    'other-clients': { type: 'string', default: '500' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    only: { type: 'string' }, // comma list of servers: klarsicht,postgraphile,floor
    // another build of the api to measure (e.g. an earlier commit built in a worktree), same database
    main: { type: 'string', default: 'dist/apps/api/apps/api/src/main.js' },
    scenarios: { type: 'string', default: 'a,b,c' },
    // internal: run the floor server in a child process
    'floor-child': { type: 'boolean', default: false },
  },
});
const MAIN = resolve(root, args.main);
const SECONDS = Number(args.seconds);
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const PEER_ROLE = 'klarsicht_bench_peer';
const PEER_PASSWORD = 'klarsicht-bench-peer';
const PASSWORD = 'Klarsicht-Bench-Passwort-2026!';

// ------------------------------------------------------------------------------------------------ the floor
// One SQL statement per request; the firm is set once per pooled connection (session level), RLS applies.
const FLOOR_COLUMNS = `c.id, c.name, c.open_task_count AS "openTaskCount",
  (SELECT count(*) FROM task t WHERE t.tenant_id = c.tenant_id AND t.client_id = c.id AND t.due_at < now() AND t.status IN ('OPEN', 'IN_PROGRESS'))::int AS "overdueTaskCount",
  c.next_review_at AS "nextReviewAt", c.compliance_level AS "level", c.compliance_score AS "score",
  c.consent_pending AS "pending", c.consent_confirmed AS "confirmed", c.consent_withdrawn AS "withdrawn", c.consent_expired AS "expired"`;
const floorClients = (limit) => `
  SELECT json_build_object(
    'totalCount', (SELECT count(*) FROM client c WHERE c.tenant_id = $1 AND c.archived_at IS NULL),
    'nodes', coalesce((SELECT json_agg(x) FROM (SELECT ${FLOOR_COLUMNS} FROM client c WHERE c.tenant_id = $1 AND c.archived_at IS NULL ORDER BY c.name, c.id ${limit}) x), '[]'::json))::text AS body`;
const FLOOR_SUMMARY = `
  SELECT json_build_object('clientCount', count(*), 'red', count(*) FILTER (WHERE compliance_level = 'RED'),
    'amber', count(*) FILTER (WHERE compliance_level = 'AMBER'), 'green', count(*) FILTER (WHERE compliance_level = 'GREEN'),
    'openTasks', coalesce(sum(open_task_count), 0), 'overdueTasks', (SELECT count(*) FROM task t WHERE t.tenant_id = $1 AND t.due_at < now() AND t.status IN ('OPEN', 'IN_PROGRESS')),
    'reviewsDue', count(*) FILTER (WHERE next_review_at < now() + interval '30 days'),
    'pending', coalesce(sum(consent_pending), 0), 'confirmed', coalesce(sum(consent_confirmed), 0),
    'withdrawn', coalesce(sum(consent_withdrawn), 0), 'expired', coalesce(sum(consent_expired), 0))::text AS body
  FROM client WHERE tenant_id = $1 AND archived_at IS NULL`;
const FLOOR_SQL = { '/page': floorClients('LIMIT 50'), '/all': floorClients(''), '/summary': FLOOR_SUMMARY };

// ------------------------------------------------------------------------------------------------ servers
async function startChild(name, argv, env, port, dataDir, healthPath) {
  // A server left over from an interrupted run would answer in place of the new one.
  if (
    await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is already in use`);
  const out = openSync(join(dataDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, argv, {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, ...env },
  });
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(
      `http://127.0.0.1:${port}${healthPath}`,
      healthPath === '/graphql'
        ? {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"query":"{__typename}"}',
          }
        : {},
    ).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return { name, port, pid: child.pid, stop: () => process.kill(-child.pid, 'SIGTERM') };
    if (child.exitCode !== null) break;
    await sleep(500);
  }
  throw new Error(`${name} did not start; see ${join(dataDir, `${name}.log`)}`);
}

const gql = async (port, query, variables, headers = {}) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
};

// ------------------------------------------------------------------------------------------------ seed
// Extras PostGraphile users would add for this screen: a computed column and a summary function (bench database only).
const PEER_SQL = [
  `CREATE OR REPLACE FUNCTION client_overdue_task_count(c client) RETURNS int LANGUAGE sql STABLE AS $$
     SELECT count(*)::int FROM task t WHERE t.tenant_id = c.tenant_id AND t.client_id = c.id AND t.due_at < now() AND t.status IN ('OPEN', 'IN_PROGRESS') $$`,
  `CREATE OR REPLACE FUNCTION portfolio_summary() RETURNS json LANGUAGE sql STABLE AS $$
     SELECT json_build_object('clientCount', count(*), 'red', count(*) FILTER (WHERE compliance_level = 'RED'),
       'amber', count(*) FILTER (WHERE compliance_level = 'AMBER'), 'green', count(*) FILTER (WHERE compliance_level = 'GREEN'),
       'openTasks', coalesce(sum(open_task_count), 0),
       'overdueTasks', (SELECT count(*) FROM task t WHERE t.due_at < now() AND t.status IN ('OPEN', 'IN_PROGRESS')),
       'reviewsDue', count(*) FILTER (WHERE next_review_at < now() + interval '30 days'),
       'pending', coalesce(sum(consent_pending), 0), 'confirmed', coalesce(sum(consent_confirmed), 0),
       'withdrawn', coalesce(sum(consent_withdrawn), 0), 'expired', coalesce(sum(consent_expired), 0))
     FROM client WHERE archived_at IS NULL $$`,
  `GRANT EXECUTE ON FUNCTION client_overdue_task_count(client) TO klarsicht_runtime`,
  `GRANT EXECUTE ON FUNCTION portfolio_summary() TO klarsicht_runtime`,
];

// ------------------------------------------------------------------------------------------------ load
const KS_CLIENTS = `query ($first: Int) { clients(first: $first) { totalCount edges { node {
  id name openTaskCount overdueTaskCount nextReviewAt compliance { level score } consentStats { pending confirmed withdrawn expired } } } } }`;
const KS_SUMMARY = `{ portfolioSummary { clientCount openTasks overdueTasks reviewsDue byLevel { level count } consents { pending confirmed withdrawn expired } } }`;
const PG_CLIENTS = `query ($first: Int) { allClients(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { totalCount nodes {
  id name openTaskCount overdueTaskCount nextReviewAt complianceLevel complianceScore consentPending consentConfirmed consentWithdrawn consentExpired } } }`;
const PG_SUMMARY = `{ portfolioSummary }`;

const cannon = (opts, connections, seconds) =>
  new Promise((resolvePromise, reject) => {
    const autocannon = require('autocannon');
    const latencies = [];
    let bad = 0;
    const instance = autocannon({ ...opts, connections, duration: seconds }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      const pct = (p) =>
        latencies.length
          ? +latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1)
          : null;
      resolvePromise({
        rps: +result.requests.average.toFixed(1),
        requests: result.requests.total,
        non2xx: result.non2xx + result.errors + result.timeouts + bad,
        p50ms: pct(0.5),
        p95ms: pct(0.95),
        p99ms: pct(0.99),
        kbPerResponse: result.requests.total
          ? Math.round(result.throughput.total / result.requests.total / 1024)
          : 0,
      });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) bad += 1;
      latencies.push(responseTime);
    });
  });

async function main() {
  const base = args.pg.replace(/\/$/, '');
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const facts = await machineFacts(admin);
  log('machine', JSON.stringify(facts));
  const dbName = args.db ?? `klarsicht_bench_portfolio_${Date.now()}`;
  const dbUrl = `${base}/${dbName}`;
  const fresh = !args.db;
  if (fresh) await admin.query(`CREATE DATABASE ${dbName}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'klarsicht-bench-portfolio-'));
  const servers = [];
  const result = { facts, database: dbName, seconds: SECONDS, data: null, runs: [] };
  const only = args.only ? args.only.split(',') : ['klarsicht', 'postgraphile', 'floor'];
  try {
    // Klarsicht first: it provisions the roles and migrates the fresh database.
    const ks = await startChild(
      'klarsicht',
      [MAIN],
      {
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        DATABASE_URL: dbUrl,
        PORT: '3821',
        JOBS_ENABLED: 'false',
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        LOG_LEVEL: 'warn',
      },
      3821,
      dataDir,
      '/health',
    );
    servers.push(ks);
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    let firm;
    if (fresh) {
      const signUp = async (firmName, email) =>
        (
          await gql(
            ks.port,
            'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken tenant { id } } }',
            {
              input: { firmName, name: 'Dr. Erika Muster', email, password: PASSWORD },
            },
          )
        ).signUp;
      const big = await signUp('Kanzlei Großmandat', 'bench-portfolio@example.test');
      await seedFirm(db, big.tenant.id, Number(args.clients), 'Mandant', { log });
      for (let i = 0; i < Number(args.others); i++) {
        const other = await signUp(`Kanzlei Nachbar ${i + 1}`, `bench-other-${i}@example.test`);
        await seedFirm(db, other.tenant.id, Number(args['other-clients']), `Nachbar${i + 1}`, { log });
      }
      for (const sql of PEER_SQL) await db.query(sql);
      const exists = await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [PEER_ROLE]);
      if (!exists.rowCount)
        await db.query(
          `CREATE ROLE ${PEER_ROLE} LOGIN PASSWORD '${PEER_PASSWORD}' IN ROLE klarsicht_runtime`,
        );
      await db.query('VACUUM ANALYZE');
    }
    const login = (
      await gql(
        ks.port,
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken tenant { id } } }',
        {
          input: { email: 'bench-portfolio@example.test', password: PASSWORD },
        },
      )
    ).login;
    firm = { token: login.accessToken, tenantId: login.tenant.id };
    const {
      rows: [data],
    } = await db.query(
      `SELECT (SELECT count(*) FROM client)::int AS clients, (SELECT count(*) FROM client WHERE tenant_id = $1)::int AS firm_clients,
              (SELECT count(*) FROM task)::int AS tasks, (SELECT count(*) FROM document)::int AS documents,
              (SELECT count(*) FROM consent_record)::int AS consent_records, (SELECT count(DISTINCT tenant_id) FROM client)::int AS firms,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
      [firm.tenantId],
    );
    result.data = data;
    log('data', JSON.stringify(data));
    await db.end();

    const peerUrl = new URL(dbUrl);
    peerUrl.username = PEER_ROLE;
    peerUrl.password = PEER_PASSWORD;
    if (only.includes('postgraphile')) {
      if (!existsSync(join(PEER_DIR, 'node_modules/postgraphile'))) {
        log('installing PostGraphile into bench/postgraphile');
        execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', PEER_DIR], { stdio: 'inherit' });
      }
      servers.push(
        await startChild(
          'postgraphile',
          [join(PEER_DIR, 'server.mjs')],
          {
            DATABASE_URL: peerUrl.toString(),
            PORT: '3822',
            NODE_ENV: 'production',
            NODE_OPTIONS: `--require ${join(PEER_DIR, 'polyfill.cjs')}`,
          },
          3822,
          dataDir,
          '/graphql',
        ),
      );
    }
    if (only.includes('floor')) {
      servers.push(
        await startChild(
          'floor',
          [import.meta.filename, '--floor-child'],
          { DATABASE_URL: peerUrl.toString(), PORT: '3823', TENANT_ID: firm.tenantId },
          3823,
          dataDir,
          '/summary',
        ),
      );
    }
    const byName = Object.fromEntries(servers.map((s) => [s.name, s]));
    const ksHeaders = { 'content-type': 'application/json', authorization: `Bearer ${firm.token}` };
    const pgHeaders = { 'content-type': 'application/json', 'x-tenant-id': firm.tenantId };
    const targets = {
      klarsicht: {
        a: {
          url: `http://127.0.0.1:3821/graphql`,
          method: 'POST',
          headers: ksHeaders,
          body: JSON.stringify({ query: KS_CLIENTS, variables: { first: 50 } }),
        },
        b: {
          url: `http://127.0.0.1:3821/graphql`,
          method: 'POST',
          headers: ksHeaders,
          body: JSON.stringify({ query: KS_CLIENTS, variables: { first: 5000 } }),
        },
        c: {
          url: `http://127.0.0.1:3821/graphql`,
          method: 'POST',
          headers: ksHeaders,
          body: JSON.stringify({ query: KS_SUMMARY }),
        },
      },
      postgraphile: {
        a: {
          url: `http://127.0.0.1:3822/graphql`,
          method: 'POST',
          headers: pgHeaders,
          body: JSON.stringify({ query: PG_CLIENTS, variables: { first: 50 } }),
        },
        b: {
          url: `http://127.0.0.1:3822/graphql`,
          method: 'POST',
          headers: pgHeaders,
          body: JSON.stringify({ query: PG_CLIENTS, variables: { first: 5000 } }),
        },
        c: {
          url: `http://127.0.0.1:3822/graphql`,
          method: 'POST',
          headers: pgHeaders,
          body: JSON.stringify({ query: PG_SUMMARY }),
        },
      },
      floor: {
        a: { url: `http://127.0.0.1:3823/page` },
        b: { url: `http://127.0.0.1:3823/all` },
        c: { url: `http://127.0.0.1:3823/summary` },
      },
    };

    // Same answers first: row counts, the first page's names and the totals agree across the three servers.
    const fetchJson = async (t) =>
      (await fetch(t.url, { method: t.method ?? 'GET', headers: t.headers, body: t.body })).json();
    const check = {};
    for (const name of Object.keys(byName).filter((n) => n in targets)) {
      const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((k) => fetchJson(targets[name][k])));
      if (a.errors || b.errors || c.errors)
        throw new Error(`${name}: ${JSON.stringify(a.errors ?? b.errors ?? c.errors).slice(0, 400)}`);
      const page =
        name === 'klarsicht'
          ? a.data.clients.edges.map((e) => e.node)
          : name === 'postgraphile'
            ? a.data.allClients.nodes
            : a.nodes;
      const all =
        name === 'klarsicht'
          ? b.data.clients.edges.map((e) => e.node)
          : name === 'postgraphile'
            ? b.data.allClients.nodes
            : b.nodes;
      const overdue = all.reduce((s, n) => s + n.overdueTaskCount, 0);
      const summary =
        name === 'klarsicht'
          ? c.data.portfolioSummary
          : name === 'postgraphile'
            ? c.data.portfolioSummary
            : c;
      check[name] = {
        page: page.length,
        firstName: page[0]?.name,
        lastName: page.at(-1)?.name,
        all: all.length,
        overdueInAll: overdue,
        clientCount: summary.clientCount,
        openTasks: summary.openTasks,
        overdueTasks: summary.overdueTasks,
      };
    }
    result.sameAnswers = check;
    log('answers', JSON.stringify(check));
    const reference = JSON.stringify(Object.values(check)[0]);
    if (Object.values(check).some((c) => JSON.stringify(c) !== reference))
      throw new Error('the servers disagree; see answers above');

    for (const scenario of args.scenarios.split(',')) {
      for (const connections of [1, 8]) {
        const row = { scenario, connections };
        for (const name of Object.keys(byName).filter((n) => n in targets)) {
          await cannon(targets[name][scenario], connections, 2); // warm-up
          row[name] = await cannon(targets[name][scenario], connections, SECONDS);
        }
        result.runs.push(row);
        log(
          `(${scenario}) ${connections} conn: ${Object.keys(byName)
            .filter((n) => n in targets)
            .map((n) => `${n} ${row[n].rps} req/s p95 ${row[n].p95ms} ms`)
            .join(' | ')}`,
        );
      }
    }
  } finally {
    for (const s of servers) {
      try {
        s.stop();
      } catch {
        // already gone
      }
    }
    await sleep(1500);
    if (fresh && !args.keep) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    else log(`kept ${dbUrl}`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
    result.facts.loadAfter = loadavg().map((x) => +x.toFixed(2));
  }
  console.log(JSON.stringify(result, null, args.json ? 0 : 2));
}

async function floorChild() {
  const tenantId = process.env.TENANT_ID;
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 8 });
  pool.on('connect', (client) =>
    client.query(`SELECT set_config('app.tenant_id', $1, false), set_config('app.client_id', '', false)`, [
      tenantId,
    ]),
  );
  const server = createServer((req, res) => {
    const sql = FLOOR_SQL[req.url];
    if (!sql) return res.writeHead(404).end();
    req.resume();
    pool.query(sql, [tenantId]).then(
      ({ rows }) => res.writeHead(200, { 'content-type': 'application/json' }).end(rows[0].body),
      (error) => res.writeHead(500).end(String(error)),
    );
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor listening'));
}

if (args['floor-child']) await floorChild();
else await main();
