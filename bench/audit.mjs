// Audit benchmark (issue 3): (1) createClient-style write throughput with vs. without the audit event and hash
// chain at 1, 4 and 8 connections; (2) verifyChain over 1,000,000 events (events/s, RSS).
// Build first: node scripts/build-api.mjs
// Usage: node bench/audit.mjs [--seconds 10] [--events 1000000] [--pg postgres://postgres@127.0.0.1:5432] [--json]
// Creates a fresh database klarsicht_bench_<ts> on the given server (superuser), runs the migrations, drops it at the end.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const dist = (p) => resolve(root, 'dist/apps/api', p);
const { Client } = require('pg');
const { from: copyFrom, to: copyTo } = require('pg-copy-streams');
const { chainHashV2, canonicalJson, GENESIS_HASH } = require(
  dist('libs/api/audit/src/lib/audit-chain.util.js'),
);
const { ChainWalker, verifyCopySql } = require(dist('libs/api/audit/src/lib/audit-chain.verifier.js'));
const { AuditChainSink } = require(dist('libs/api/audit/src/lib/audit-chain.sink.js'));
const { verifyChain } = require(dist('libs/api/audit/src/lib/audit.service.js'));
const { newId } = require(dist('libs/api/core/src/lib/database/tenant-owned.js'));

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    events: { type: 'string', default: '1000000' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    json: { type: 'boolean', default: false },
    'skip-throughput': { type: 'boolean', default: false },
    'skip-verify': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // internal: run only the verification in a fresh child process (clean RSS baseline)
    'verify-child': { type: 'string' },
    tenant: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const EVENTS = Number(args.events);
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const connect = async (url) => {
  const c = new Client({ connectionString: url, application_name: 'klarsicht-bench-audit' });
  await c.connect();
  return c;
};

// ---------------------------------------------------------------------------------------------- verification
const USER_ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const fakeEvent = (tenantId, seq, t0) => ({
  tenantId,
  seq: String(seq),
  id: newId(),
  occurredAt: new Date(t0 + seq).toISOString(),
  actorType: 'USER',
  actorId: USER_ID,
  actorLabel: 'dpo@kanzlei-beispiel.de',
  clientId: newId(),
  action: 'client.updated',
  entityType: 'client',
  entityId: newId(),
  changes: {
    name: { before: `Mandant ${seq}`, after: `Mandant ${seq} GmbH` },
    city: { before: null, after: 'Köln' },
  },
  ip: '203.0.113.7',
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  requestId: newId(),
});
const copyText = (v) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

const loadEvents = async (db, tenantId, n) => {
  const t0 = Date.UTC(2025, 0, 1);
  let prev = GENESIS_HASH;
  let seq = 0;
  const CHUNK = 2000;
  function* chunks() {
    while (seq < n) {
      const lines = [];
      for (let i = 0; i < CHUNK && seq < n; i++) {
        seq += 1;
        const f = fakeEvent(tenantId, seq, t0);
        f.changes = canonicalJson(f.changes);
        const hash = chainHashV2(prev, f);
        lines.push(
          [
            f.tenantId,
            f.seq,
            f.id,
            f.occurredAt,
            f.actorType,
            f.actorId,
            f.actorLabel,
            f.clientId,
            f.action,
            f.entityType,
            f.entityId,
            f.changes,
            f.ip,
            f.userAgent,
            f.requestId,
            prev,
            hash,
          ]
            .map(copyText)
            .join('\t'),
        );
        prev = hash;
      }
      yield lines.join('\n') + '\n';
    }
  }
  const started = performance.now();
  const stream = db.query(
    copyFrom(
      'COPY audit_event (tenant_id, seq, id, occurred_at, actor_type, actor_id, actor_label, client_id, action, entity_type, entity_id, changes, ip, user_agent, request_id, prev_hash, hash) FROM STDIN',
    ),
  );
  await pipeline(Readable.from(chunks()), stream);
  await db.query(
    'INSERT INTO audit_head (tenant_id, seq, hash) VALUES ($1, $2, $3) ON CONFLICT (tenant_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash',
    [tenantId, String(n), prev],
  );
  await db.query('VACUUM ANALYZE audit_event');
  return (performance.now() - started) / 1000;
};

const verifyChild = async (url, tenantId) => {
  const db = await connect(url);
  const ctx = {
    tenantId,
    query: (sql, params) => db.query(sql, params).then((r) => r.rows),
    connection: async () => db,
  };
  const mb = (b) => Math.round(b / 1048576);
  const runs = [];
  for (let run = 1; run <= 2; run++) {
    const rssStart = process.memoryUsage().rss;
    const samples = [];
    const timer = setInterval(() => samples.push(process.memoryUsage().rss), 100);
    const t = performance.now();
    const result = await verifyChain(ctx, tenantId);
    const secs = (performance.now() - t) / 1000;
    clearInterval(timer);
    samples.push(process.memoryUsage().rss);
    runs.push({
      run,
      valid: result.valid,
      checked: result.checkedCount,
      seconds: +secs.toFixed(2),
      eventsPerSec: Math.round(result.checkedCount / secs),
      rssStartMiB: mb(rssStart),
      rssPeakMiB: mb(Math.max(...samples)),
      rssEndMiB: mb(samples.at(-1)),
      samples: samples.length,
      rssPerSecondMiB: samples.filter((_, i) => i % 10 === 0).map(mb),
    });
  }
  // Breakdown: the COPY stream drained without parsing, then parsing + hashing alone over the same bytes in memory.
  const [{ seq: headSeq }] = (await db.query('SELECT seq FROM audit_head WHERE tenant_id = $1', [tenantId]))
    .rows;
  let t = performance.now();
  const chunks = [];
  for await (const chunk of db.query(copyTo(verifyCopySql(tenantId, Number(headSeq))))) chunks.push(chunk);
  const fetchSecs = (performance.now() - t) / 1000;
  const bytes = chunks.reduce((a, c) => a + c.length, 0);
  t = performance.now();
  const walker = new ChainWalker();
  for (const chunk of chunks) walker.push(chunk);
  const walked = walker.finish();
  const hashSecs = (performance.now() - t) / 1000;
  chunks.length = 0;
  const fetched = walked.checked;
  // Server side only: the same scan without shipping rows to Node.
  t = performance.now();
  await db.query('SELECT count(*), sum(length(hash)) FROM audit_event WHERE tenant_id = $1', [tenantId]);
  const scanSecs = (performance.now() - t) / 1000;
  await db.end();
  return {
    runs,
    breakdown: {
      copyOnly: {
        rows: fetched,
        bytes,
        seconds: +fetchSecs.toFixed(2),
        rowsPerSec: Math.round(fetched / fetchSecs),
      },
      parseAndHashOnly: {
        rows: fetched,
        seconds: +hashSecs.toFixed(2),
        rowsPerSec: Math.round(fetched / hashSecs),
      },
      serverScan: { seconds: +scanSecs.toFixed(2) },
    },
  };
};

if (args['verify-child']) {
  const out = await verifyChild(args['verify-child'], args.tenant);
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------- throughput
const sink = new AuditChainSink();
const createClientTx = async (db, tenantId, withAudit, i) => {
  const id = newId();
  const name = `Mandant ${i}`;
  await db.query('BEGIN');
  try {
    await db.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.client_id', '', true)`, [
      tenantId,
    ]);
    await db.query('INSERT INTO client (id, tenant_id, name) VALUES ($1, $2, $3) RETURNING *', [
      id,
      tenantId,
      name,
    ]);
    if (withAudit) {
      const manager = { query: (sql, params) => db.query(sql, params).then((r) => r.rows) };
      await sink.append(manager, [
        {
          tenantId,
          action: 'client.created',
          entityType: 'client',
          entityId: id,
          clientId: id,
          changes: { name: { before: null, after: name } },
          actorType: 'USER',
          actorId: USER_ID,
          actorLabel: 'dpo@kanzlei-beispiel.de',
          ip: '203.0.113.7',
          userAgent: 'bench/audit.mjs',
          requestId: newId(),
          occurredAt: new Date(),
        },
      ]);
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
};

const runThroughput = async (clients, tenants, { connections, spread, withAudit, seconds }) => {
  const workers = clients.slice(0, connections);
  let stop = false;
  const latencies = [];
  const counts = workers.map(() => 0);
  const started = performance.now();
  const timer = setTimeout(() => (stop = true), seconds * 1000);
  await Promise.all(
    workers.map(async (db, w) => {
      const tenantId = spread ? tenants[w % tenants.length] : tenants[0];
      while (!stop) {
        const t = performance.now();
        await createClientTx(db, tenantId, withAudit, counts[w]);
        latencies.push(performance.now() - t);
        counts[w] += 1;
      }
    }),
  );
  clearTimeout(timer);
  const secs = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    tps: total / secs,
    total,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p95: latencies[Math.floor(latencies.length * 0.95)],
  };
};

// ---------------------------------------------------------------------------------------------- main
const main = async () => {
  const dbName = `klarsicht_bench_${Date.now()}`;
  const base = args.pg.replace(/\/$/, '');
  const url = `${base}/${dbName}`;
  const admin = await connect(`${base}/postgres`);
  const facts = {
    nproc: cpus().length,
    cpu: cpus()[0]?.model,
    memMiB: Math.round(totalmem() / 1048576),
    node: process.version,
    postgres: (await admin.query('SELECT version()')).rows[0].version,
    settings: Object.fromEntries(
      (
        await admin.query(
          `SELECT name, setting || coalesce(unit, '') AS v FROM pg_settings WHERE name IN ('shared_buffers','synchronous_commit','fsync','max_connections','work_mem')`,
        )
      ).rows.map((r) => [r.name, r.v]),
    ),
    loadBefore: loadavg().map((x) => +x.toFixed(2)),
  };
  log('machine', JSON.stringify(facts));
  await admin.query(`CREATE DATABASE ${dbName}`);
  const result = { facts, database: dbName, seconds: SECONDS, throughput: [], verification: null };
  try {
    const { migrateDatabase } = require(dist('apps/api/src/database/migrate.js'));
    const { ensureRuntimeRoles } = require(dist('apps/api/src/database/provision.js'));
    await ensureRuntimeRoles(admin, 'klarsicht_app', 'klarsicht-bench');
    const applied = await migrateDatabase(url);
    log(`migrated ${dbName}: ${applied.length} migrations`);
    const setup = await connect(url);
    const tenants = [];
    for (let i = 0; i < 9; i++) {
      const id = newId();
      await setup.query('INSERT INTO tenant (id, name) VALUES ($1, $2)', [id, `Bench tenant ${i}`]);
      tenants.push(id);
    }
    const verifyTenant = tenants.pop();

    // Throughput. Each configuration: 1 s warm-up, then SECONDS measured; plain and audited alternate.
    const clients = await Promise.all(Array.from({ length: 8 }, () => connect(url)));
    const configs = [
      { connections: 1, spread: false },
      { connections: 4, spread: false },
      { connections: 4, spread: true },
      { connections: 8, spread: false },
      { connections: 8, spread: true },
    ];
    for (const cfg of args['skip-throughput'] ? [] : configs) {
      const row = { ...cfg };
      for (const withAudit of [false, true]) {
        await runThroughput(clients, tenants, { ...cfg, withAudit, seconds: 1 });
        const r = await runThroughput(clients, tenants, { ...cfg, withAudit, seconds: SECONDS });
        row[withAudit ? 'audit' : 'plain'] = {
          tps: Math.round(r.tps),
          total: r.total,
          p50ms: +r.p50.toFixed(2),
          p95ms: +r.p95.toFixed(2),
        };
      }
      row.ratio = +(row.audit.tps / row.plain.tps).toFixed(3);
      result.throughput.push(row);
      log(
        `throughput ${cfg.connections} conn, ${cfg.spread ? '8 tenants' : '1 tenant'}: plain ${row.plain.tps} tx/s, audit ${row.audit.tps} tx/s, ratio ${(row.ratio * 100).toFixed(1)}%`,
      );
    }
    await Promise.all(clients.map((c) => c.end()));
    // Chains written by the concurrent audited writers must verify.
    const chainChecks = [];
    for (const tenantId of tenants) {
      const res = await verifyChain(
        { query: (s, p) => setup.query(s, p).then((r) => r.rows), connection: async () => setup },
        tenantId,
      );
      chainChecks.push({ valid: res.valid, checked: res.checkedCount });
    }
    result.throughputChains = {
      allValid: chainChecks.every((c) => c.valid),
      events: chainChecks.reduce((a, c) => a + c.checked, 0),
    };
    log('chains written during throughput runs:', JSON.stringify(result.throughputChains));

    // Verification of EVENTS events.
    if (args['skip-verify']) await setup.end();
    else {
      const loadSecs = await loadEvents(setup, verifyTenant, EVENTS);
      const size = (await setup.query(`SELECT pg_size_pretty(pg_total_relation_size('audit_event')) AS s`))
        .rows[0].s;
      log(`loaded ${EVENTS} events in ${loadSecs.toFixed(1)} s (audit_event incl. indexes: ${size})`);
      await setup.end();
      const child = spawn(
        process.execPath,
        [import.meta.filename, '--verify-child', url, '--tenant', verifyTenant],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const code = await new Promise((res) => child.on('exit', res));
      if (code !== 0) throw new Error(`verify child exited with ${code}`);
      result.verification = {
        events: EVENTS,
        loadSeconds: +loadSecs.toFixed(1),
        tableSize: size,
        ...JSON.parse(out),
      };
      for (const r of result.verification.runs) {
        log(
          `verify run ${r.run}: valid=${r.valid} ${r.checked} events in ${r.seconds} s = ${r.eventsPerSec} events/s; RSS start ${r.rssStartMiB} MiB, peak ${r.rssPeakMiB} MiB, end ${r.rssEndMiB} MiB`,
        );
      }
      log('breakdown', JSON.stringify(result.verification.breakdown));
    }
  } finally {
    if (args.keep) log(`kept ${url}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    result.facts.loadAfter = loadavg().map((x) => +x.toFixed(2));
  }
  console.log(JSON.stringify(result, null, args.json ? 0 : 2));
};

await main();
