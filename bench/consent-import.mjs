// Consent import benchmark (issue 5): CSV import through the real api (REST upload, streamed) into a consent table
// that already holds millions of rows, next to a raw COPY of the same rows into the same tables in the same run;
// and the api's peak memory while importing 100,000 and 1,000,000 rows.
// Build first: node scripts/build-api.mjs
// Usage: node bench/consent-import.mjs [--prefill 2000000] [--rows 100000] [--big 1000000] [--pg postgres://postgres@127.0.0.1:5432]
// Creates a fresh database klarsicht_bench_consent_<ts> on the given server (superuser) and drops it at the end.
/* global FormData */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, openAsBlob, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createServer } from 'node:net';
import { machineFacts } from './support/machine.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const dist = (p) => resolve(root, 'dist/apps/api', p);
const { Client } = require('pg');
const { from: copyFrom } = require('pg-copy-streams');
const { newId } = require(dist('libs/api/core/src/lib/database/tenant-owned.js'));
const { encrypt, blindIndex } = require(dist('libs/api/core/src/lib/crypto/crypto.util.js'));

const { values: args } = parseArgs({
  options: {
    prefill: { type: 'string', default: '2000000' },
    rows: { type: 'string', default: '100000' },
    big: { type: 'string', default: '1000000' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    // write a V8 CPU profile of the api process into this directory
    profile: { type: 'string' },
  },
});
const PREFILL = Number(args.prefill);
const ROWS = Number(args.rows);
const BIG = Number(args.big);
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const connect = async (url) => {
  const c = new Client({ connectionString: url, application_name: 'klarsicht-bench-consent' });
  c.on('error', () => undefined);
  await c.connect();
  return c;
};
const freePort = () =>
  new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

const rssOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

/** Writes a CSV of n distinct numbers (+49 151 <8 digits from offset>), confirmed for MARKETING. */
const writeCsv = async (path, n, offset, textId) => {
  const lines = async function* () {
    yield 'phone_number,purpose,status,occurred_at,text_version_id,source,ip,user_agent\n';
    let chunk = '';
    for (let i = 0; i < n; i++) {
      chunk += `+49151${String(offset + i).padStart(8, '0')},MARKETING,CONFIRMED,2026-0${1 + (i % 9)}-1${i % 10}T10:00:00Z,${textId},WEB_FORM,198.18.${(i >> 8) & 255}.${i & 255},Mozilla/5.0 (bench)\n`;
      if (i % 5000 === 4999) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  };
  await pipeline(Readable.from(lines()), createWriteStream(path));
  return statSync(path).size;
};

const gql = async (url, query, variables, token) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

/** Uploads a CSV through the api while sampling the api's RSS every 25 ms. */
const importFile = async (api, token, clientId, path, pid) => {
  const form = new FormData();
  form.append('file', await openAsBlob(path, { type: 'text/csv' }), 'consents.csv');
  const before = rssOf(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 25);
  const t0 = performance.now();
  const res = await fetch(`${api}/api/clients/${clientId}/consents/import?dryRun=false`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = await res.json();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (body.state !== 'COMMITTED') throw new Error(`import failed: ${JSON.stringify(body).slice(0, 500)}`);
  return {
    rows: body.importedRows,
    seconds: +seconds.toFixed(2),
    rowsPerSec: Math.round(body.importedRows / seconds),
    rssBeforeMiB: Math.round(before),
    rssPeakMiB: Math.round(peak),
  };
};

/** Raw COPY of the same rows into the same three tables (subject, record, event), values precomputed. */
const rawCopy = async (db, tenantId, clientId, textId, textSha, n, offset) => {
  const key = Buffer.alloc(32, 3);
  const hex = (b) => `\\\\x${b.toString('hex')}`;
  const subjects = [];
  const records = [];
  const events = [];
  for (let i = 0; i < n; i++) {
    const phone = `+49151${String(offset + i).padStart(8, '0')}`;
    const s = newId();
    const r = newId();
    const at = `2026-0${1 + (i % 9)}-1${i % 10}T10:00:00Z`;
    subjects.push(
      `${s}\t${tenantId}\t${clientId}\t${blindIndex(key, phone)}\t${hex(encrypt(key, phone))}\t+49 151 ••••${phone.slice(-3)}\t${hex(encrypt(key, key.toString('base64')))}\n`,
    );
    records.push(`${r}\t${tenantId}\t${clientId}\t${s}\tMARKETING\tCONFIRMED\t${textId}\t${at}\t${at}\n`);
    events.push(
      `${newId()}\t${tenantId}\t${clientId}\t${s}\t${r}\tMARKETING\tIMPORTED\tWEB_FORM\t${at}\t${textId}\t${textSha}\t${hex(encrypt(key, '{"ip":"198.18.0.1","userAgent":"Mozilla/5.0 (bench)","formUrl":null}'))}\tUSER\n`,
    );
  }
  const copy = async (sql, lines) => {
    const stream = db.query(copyFrom(sql));
    await pipeline(Readable.from(lines.join('')), stream);
  };
  const t0 = performance.now();
  await db.query('BEGIN');
  await copy(
    `COPY consent_subject (id, tenant_id, client_id, phone_index, phone_encrypted, phone_masked, data_key_encrypted) FROM STDIN`,
    subjects,
  );
  await copy(
    `COPY consent_record (id, tenant_id, client_id, subject_id, purpose, status, text_version_id, confirmed_at, updated_at) FROM STDIN`,
    records,
  );
  await copy(
    `COPY consent_event (id, tenant_id, client_id, subject_id, record_id, purpose, type, source, occurred_at, text_version_id, text_sha256, evidence_encrypted, actor_type) FROM STDIN`,
    events,
  );
  await db.query('COMMIT');
  const seconds = (performance.now() - t0) / 1000;
  return { rows: n, seconds: +seconds.toFixed(2), rowsPerSec: Math.round(n / seconds) };
};

const main = async () => {
  const dbName = `klarsicht_bench_consent_${Date.now()}`;
  const base = args.pg.replace(/\/$/, '');
  const url = `${base}/${dbName}`;
  const admin = await connect(`${base}/postgres`);
  const facts = await machineFacts(admin);
  log('machine', JSON.stringify(facts));
  await admin.query(`CREATE DATABASE ${dbName}`);
  const work = mkdtempSync(join(tmpdir(), 'klarsicht-bench-consent-'));
  const port = await freePort();
  const api = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : []), dist('apps/api/src/main.js')],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: work,
        SEED_DEMO: 'false',
        JOBS_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const result = { facts, prefill: PREFILL };
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${api}/health`)).ok) break;
      } catch {
        /* starting */
      }
      if (i > 600) throw new Error('api did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const signUp = await gql(
      api,
      `mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken tenant { id } } }`,
      {
        i: {
          firmName: 'Bench Kanzlei',
          name: 'Bench',
          email: `bench-${Date.now()}@example.test`,
          password: 'Klarsicht-Bench-Passwort-2026!',
        },
      },
    );
    const token = signUp.signUp.accessToken;
    const tenantId = signUp.signUp.tenant.id;
    const mk = async (name) =>
      (
        await gql(
          api,
          `mutation ($i: CreateClientInput!) { createClient(input: $i) { id } }`,
          { i: { name } },
          token,
        )
      ).createClient.id;
    const [existing, target, copyTarget, bigTarget] = [
      await mk('Bestand GmbH'),
      await mk('Import GmbH'),
      await mk('COPY GmbH'),
      await mk('Import 1M GmbH'),
    ];
    const publish = async (clientId) =>
      (
        await gql(
          api,
          `mutation ($i: PublishConsentTextInput!) { publishConsentText(input: $i) { id sha256 } }`,
          {
            i: {
              clientId,
              language: 'de',
              purposes: ['MARKETING'],
              text: 'Ich möchte Angebote per WhatsApp erhalten. Widerruf jederzeit.',
            },
          },
          token,
        )
      ).publishConsentText;
    const texts = {
      existing: await publish(existing),
      target: await publish(target),
      copy: await publish(copyTarget),
      big: await publish(bigTarget),
    };

    // Millions of rows already in the tables (another client of the same firm).
    const db = await connect(url);
    const t0 = performance.now();
    await db.query(
      `INSERT INTO consent_subject (id, tenant_id, client_id, phone_index, phone_encrypted, phone_masked, data_key_encrypted)
      SELECT gen_random_uuid(), $1, $2, md5(g::text) || md5((g * 7)::text), decode(md5(g::text) || md5((g * 3)::text), 'hex'), '+49 170 ••••' || (g % 1000), decode(md5((g * 5)::text), 'hex') FROM generate_series(1, $3) g`,
      [tenantId, existing, PREFILL],
    );
    await db.query(
      `INSERT INTO consent_record (id, tenant_id, client_id, subject_id, purpose, status, text_version_id, confirmed_at, updated_at)
      SELECT gen_random_uuid(), tenant_id, client_id, id, 'MARKETING', 'CONFIRMED', $2, now(), now() FROM consent_subject WHERE client_id = $1`,
      [existing, texts.existing.id],
    );
    await db.query(
      `INSERT INTO consent_event (id, tenant_id, client_id, subject_id, record_id, purpose, type, source, occurred_at, text_version_id, text_sha256, actor_type)
      SELECT gen_random_uuid(), tenant_id, client_id, subject_id, id, purpose, 'IMPORTED', 'IMPORT', now(), text_version_id, $2, 'USER' FROM consent_record WHERE client_id = $1`,
      [existing, texts.existing.sha256],
    );
    for (const t of ['consent_subject', 'consent_record', 'consent_event'])
      await db.query(`VACUUM ANALYZE ${t}`);
    const sizes = (
      await db.query(
        `SELECT (SELECT count(*) FROM consent_record)::int AS records, pg_size_pretty(pg_total_relation_size('consent_record') + pg_total_relation_size('consent_subject') + pg_total_relation_size('consent_event')) AS size`,
      )
    ).rows[0];
    result.prefilled = { ...sizes, seconds: +((performance.now() - t0) / 1000).toFixed(1) };
    log('prefilled', JSON.stringify(result.prefilled));

    const small = join(work, 'small.csv');
    const big = join(work, 'big.csv');
    result.smallFileBytes = await writeCsv(small, ROWS, 0, texts.target.id);
    if (BIG > 0) result.bigFileBytes = await writeCsv(big, BIG, 20_000_000, texts.big.id);
    result.rssIdleMiB = Math.round(rssOf(child.pid));

    result.copy = await rawCopy(db, tenantId, copyTarget, texts.copy.id, texts.copy.sha256, ROWS, 40_000_000);
    log('raw COPY', JSON.stringify(result.copy));
    result.import = await importFile(api, token, target, small, child.pid);
    log('api import', JSON.stringify(result.import));
    result.ratio = +(result.import.rowsPerSec / result.copy.rowsPerSec).toFixed(3);
    if (BIG > 0) {
      result.importBig = await importFile(api, token, bigTarget, big, child.pid);
      log('api import (big)', JSON.stringify(result.importBig));
    }
    const check = (
      await db.query(`SELECT id AS client_id, consent_confirmed FROM client WHERE id = ANY($1::uuid[])`, [
        [target, bigTarget],
      ])
    ).rows;
    result.counters = Object.fromEntries(
      check.map((r) => [r.client_id === target ? 'import' : 'importBig', r.consent_confirmed]),
    );
    await db.end();
  } catch (error) {
    log('failed:', error);
    process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit').catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
    result.facts.loadAfter = loadavg().map((x) => +x.toFixed(2));
  }
  console.log(JSON.stringify(result, null, 2));
};

await main();
