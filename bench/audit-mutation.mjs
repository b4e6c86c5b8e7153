// Audit benchmark, part 2 (issue 3): the real `createClient` GraphQL mutation over HTTP with the audit event and
// hash chain vs. the same mutation without them, at 1, 4 and 8 connections (autocannon).
// Two built servers run side by side on one fresh database: the product as shipped, and the same build started with
// bench/support/no-audit.mjs preloaded, which replaces the audit sink's append with a no-op (nothing else changes).
// Build first: node scripts/build-api.mjs
// Usage: node bench/audit-mutation.mjs [--seconds 10] [--pg postgres://postgres@127.0.0.1:5432] [--json]
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { machineFacts } from './support/machine.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const { Client } = require('pg');
const MAIN = resolve(root, 'dist/apps/api/apps/api/src/main.js');

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    json: { type: 'boolean', default: false },
  },
});
const SECONDS = Number(args.seconds);
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const startServer = async (name, port, dbUrl, dataDir, preload) => {
  const logFile = join(dataDir, `${name}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...(preload ? ['--import', preload] : []), MAIN], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      JOBS_ENABLED: 'false',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      LOG_LEVEL: 'warn',
    },
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { name, port, stop: () => process.kill(-child.pid, 'SIGTERM') };
    await sleep(500);
  }
  throw new Error(`${name} server did not start; see ${logFile}`);
};

const gql = async (port, query, variables, token) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

const CREATE =
  'mutation ($input: CreateClientInput!) { createClient(input: $input) { id name compliance { level score } } }';
const body = JSON.stringify({
  query: CREATE,
  variables: { input: { name: 'Bäckerei Müller GmbH', industry: 'Handwerk' } },
});

const cannon = (port, token, connections, seconds) =>
  autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });

/** `connections` connections; with `spread`, one autocannon instance (and firm) per connection. */
const run = async (port, tokens, { connections, spread }, seconds) => {
  const results = spread
    ? await Promise.all(tokens.slice(0, connections).map((token) => cannon(port, token, 1, seconds)))
    : [await cannon(port, tokens[0], connections, seconds)];
  const requests = results.reduce((a, r) => a + r.requests.total, 0);
  const non2xx = results.reduce((a, r) => a + r.non2xx + r.errors + r.timeouts, 0);
  const mean = (f) => results.reduce((a, r) => a + f(r), 0) / results.length;
  return {
    rps: Math.round(results.reduce((a, r) => a + r.requests.average, 0)),
    requests,
    non2xx,
    p50ms: +mean((r) => r.latency.p50).toFixed(1),
    p97_5ms: +Math.max(...results.map((r) => r.latency.p97_5)).toFixed(1),
  };
};

const main = async () => {
  const dbName = `klarsicht_bench_mut_${Date.now()}`;
  const base = args.pg.replace(/\/$/, '');
  const dbUrl = `${base}/${dbName}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const facts = await machineFacts(admin);
  log('machine', JSON.stringify(facts));
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'klarsicht-bench-mut-'));
  const servers = [];
  const result = { facts, seconds: SECONDS, runs: [] };
  try {
    // The audited server migrates the fresh database; the second one finds it current.
    const audited = await startServer('audit', 3811, dbUrl, dataDir, null);
    servers.push(audited);
    const plain = await startServer(
      'plain',
      3812,
      dbUrl,
      dataDir,
      resolve(import.meta.dirname, 'support/no-audit.mjs'),
    );
    servers.push(plain);
    log('servers up');
    const tokens = [];
    for (let i = 0; i < 8; i++) {
      const data = await gql(
        audited.port,
        'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
        {
          input: {
            firmName: `Kanzlei ${i}`,
            name: 'Dr. Erika Muster',
            email: `bench-${i}-${Date.now()}@example.test`,
            password: 'Klarsicht-Bench-Passwort-2026!',
          },
        },
      );
      tokens.push(data.signUp.accessToken);
    }
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    const counts = async () => {
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM client)::int AS clients, (SELECT count(*) FROM audit_event WHERE action = 'client.created')::int AS events`,
      );
      return rows[0];
    };
    for (const cfg of [
      { connections: 1, spread: false },
      { connections: 4, spread: false },
      { connections: 4, spread: true },
      { connections: 8, spread: false },
      { connections: 8, spread: true },
    ]) {
      const row = { ...cfg };
      for (const server of [plain, audited]) {
        await run(server.port, tokens, cfg, 1); // warm-up
        const before = await counts();
        const r = await run(server.port, tokens, cfg, SECONDS);
        const after = await counts();
        // Every answered mutation created its client; audited ones also wrote exactly one client.created event.
        r.clientsCreated = after.clients - before.clients;
        r.eventsWritten = after.events - before.events;
        row[server.name] = r;
      }
      row.ratio = +(row.audit.rps / row.plain.rps).toFixed(3);
      result.runs.push(row);
      log(
        `${cfg.connections} conn, ${cfg.spread ? `${cfg.connections} firms` : '1 firm'}: plain ${row.plain.rps} req/s (p50 ${row.plain.p50ms} ms), audit ${row.audit.rps} req/s (p50 ${row.audit.p50ms} ms), ratio ${(row.ratio * 100).toFixed(1)}%`,
      );
    }
    await db.end();
    // The chains the audited runs wrote must verify.
    const valid = [];
    for (const token of tokens)
      valid.push(
        (await gql(audited.port, '{ verifyAuditChain { valid checkedCount } }', {}, token)).verifyAuditChain,
      );
    result.chains = {
      allValid: valid.every((v) => v.valid),
      events: valid.reduce((a, v) => a + v.checkedCount, 0),
    };
    log('chains', JSON.stringify(result.chains));
  } finally {
    for (const s of servers) s.stop();
    await sleep(1000);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
    result.facts.loadAfter = loadavg().map((x) => +x.toFixed(2));
  }
  console.log(JSON.stringify(result, null, args.json ? 0 : 2));
};

await main();
