// Reports benchmark (issue 16; docs/reports.md, bench/reports.md). One fresh database on an external PostgreSQL
// with row-level security on: a firm of 5,000 clients (levels, scores, 20 tasks and 10 documents each, as
// bench/support/seed-firm.mjs, without consents) plus one client with a WhatsApp account, findings, tasks and documents for the
// client report. The built server runs as a child process; over HTTP with a signed-in DPO's token:
//   - GET /api/portfolio/report.pdf and GET /api/portfolio/export.xlsx, each --runs times: time to the last byte and
//     the api's resident memory (VmRSS of the child, sampled every 10 ms) above its level before the request;
//   - GET /api/tasks/export.xlsx for the whole firm (100,000 tasks) once, the same way;
//   - GET /api/clients/:id/report.pdf --reports times one after another: p50 and p95.
// Build first: node scripts/build-api.mjs. Usage: node bench/reports.mjs [--pg postgres://postgres@127.0.0.1:5432]
//   [--clients 5000] [--runs 3] [--reports 50] [--json] [--keep]
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { machineFacts } from './support/machine.mjs';
import { seedFirm } from './support/seed-firm.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const MAIN = resolve(root, 'dist/apps/api/apps/api/src/main.js');
const PORT = 3831;
const PASSWORD = 'Klarsicht-Bench-Passwort-2026!';

const { values: args } = parseArgs({
  options: {
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    clients: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    reports: { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
if (!existsSync(MAIN)) throw new Error('Build first: node scripts/build-api.mjs');

const gql = async (query, variables, token) => {
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

const rssMiB = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** One download: time to the last byte, its size, and the server's peak RSS above the level before it. */
const measure = async (pid, path, token) => {
  const before = rssMiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 10);
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, rssMiB(pid));
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${bytes.toString('utf8', 0, 300)}`);
  return {
    ms: Math.round(ms),
    bytes: bytes.length,
    rssBeforeMiB: Math.round(before),
    rssPeakDeltaMiB: Math.round(peak - before),
  };
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const base = args.pg.replace(/\/$/, '');
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const facts = await machineFacts(admin);
  const dbName = `klarsicht_bench_reports_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'klarsicht-bench-reports-'));
  const out = openSync(join(dataDir, 'klarsicht.log'), 'a');
  const child = spawn(process.execPath, [MAIN], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: `${base}/${dbName}`,
      PORT: String(PORT),
      JOBS_ENABLED: 'false',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      LOG_LEVEL: 'warn',
    },
  });
  const result = {
    facts,
    database: dbName,
    clients: Number(args.clients),
    load: {},
    portfolioPdf: [],
    portfolioXlsx: [],
  };
  try {
    for (let i = 0; ; i++) {
      if (
        await fetch(`http://127.0.0.1:${PORT}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (child.exitCode !== null || i > 240)
        throw new Error(`server did not start; see ${dataDir}/klarsicht.log`);
      await sleep(500);
    }
    const { signUp } = await gql(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken tenant { id } } }',
      {
        input: {
          firmName: 'Kanzlei Großmandat',
          name: 'Dr. Erika Muster',
          email: 'bench-reports@example.test',
          password: PASSWORD,
        },
      },
    );
    const token = signUp.accessToken;
    const db = new Client({ connectionString: `${base}/${dbName}` });
    await db.connect();
    log('seeding', args.clients, 'clients');
    await seedFirm(db, signUp.tenant.id, Number(args.clients), 'Mandant', { consentsPerClient: 0 });
    await db.query('VACUUM ANALYZE');
    // The client of the client report, made through the API so that its findings and generated tasks are real.
    const { createClient } = await gql(
      'mutation ($i: CreateClientInput!) { createClient(input: $i) { id } }',
      { i: { name: 'Bäckerei Müller & Söhne' } },
      token,
    );
    const { createBsp } = await gql(
      'mutation ($i: CreateBspInput!) { createBsp(input: $i) { id } }',
      {
        i: {
          name: 'Nachrichtenwerk GmbH',
          hostingRegion: 'EU',
          transferMechanism: 'NONE',
          dpaAvailable: true,
        },
      },
      token,
    );
    await gql(
      'mutation ($i: CreateWhatsAppAccountInput!) { createWhatsAppAccount(input: $i) { id } }',
      {
        i: {
          clientId: createClient.id,
          variant: 'BUSINESS_PLATFORM',
          label: 'Service',
          bspId: createBsp.id,
          answers: {
            usedForBusiness: true,
            bspDpaSigned: false,
            profileHasImprint: false,
            sendsMarketing: true,
          },
        },
      },
      token,
    );
    for (let k = 0; k < 10; k++)
      await gql(
        'mutation ($i: CreateDocumentInput!) { createDocument(input: $i) { id } }',
        { i: { clientId: createClient.id, title: `Dokument ${k}`, type: 'DPA', reviewIntervalMonths: 12 } },
        token,
      );
    await db.end();
    log('seeded');

    const runs = Number(args.runs);
    for (let i = 0; i < runs; i++) {
      result.portfolioPdf.push(await measure(child.pid, '/api/portfolio/report.pdf', token));
      log('portfolio.pdf', JSON.stringify(result.portfolioPdf.at(-1)));
      result.portfolioXlsx.push(await measure(child.pid, '/api/portfolio/export.xlsx', token));
      log('portfolio.xlsx', JSON.stringify(result.portfolioXlsx.at(-1)));
    }
    result.tasksXlsx = await measure(child.pid, '/api/tasks/export.xlsx', token);
    log('tasks.xlsx', JSON.stringify(result.tasksXlsx));
    const times = [];
    for (let i = 0; i < Number(args.reports); i++)
      times.push((await measure(child.pid, `/api/clients/${createClient.id}/report.pdf`, token)).ms);
    times.sort((a, b) => a - b);
    result.clientReport = {
      n: times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1),
    };
    log('client report', JSON.stringify(result.clientReport));
    result.load = { loadavg1: Number(loadavg()[0].toFixed(2)) };
  } finally {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await sleep(1000);
    if (!args.keep) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    const row = (name, m) =>
      `| ${name} | ${m.ms} | ${(m.bytes / 1024).toFixed(0)} | ${m.rssBeforeMiB} | +${m.rssPeakDeltaMiB} |`;
    console.log('| download | time (ms) | size (KiB) | RSS before (MiB) | peak RSS above it (MiB) |');
    console.log('| --- | --- | --- | --- | --- |');
    result.portfolioPdf.forEach((m, i) => console.log(row(`portfolio/report.pdf, run ${i + 1}`, m)));
    result.portfolioXlsx.forEach((m, i) => console.log(row(`portfolio/export.xlsx, run ${i + 1}`, m)));
    console.log(row('tasks/export.xlsx (whole firm)', result.tasksXlsx));
    console.log(
      `\nclient report: ${JSON.stringify(result.clientReport)}; load ${JSON.stringify(result.load)}`,
    );
  }
}

await main();
