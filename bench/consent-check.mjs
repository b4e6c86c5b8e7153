// Consent check and webhook benchmark (issue 17; docs/messaging.md, bench/consent-check.md).
// One fresh database with row-level security on and one firm whose client has 1,000,000 consent records (MARKETING:
// 70 % confirmed, 15 % withdrawn, 10 % pending, 5 % expired), seeded as the owner with COPY. The built api
// (node scripts/build-api.mjs) runs as its own process as the runtime role. Measured in this one run:
//   (a) consentStatus over HTTP with a client-bound consents:read API key, autocannon at 1 and 8 connections, a
//       random seeded number per request, next to the floor: node:http + pg answering the same lookup (blind index,
//       subject, record) with one statement as the owner; and the same consentStatus signed in with an access
//       token instead of the key (what the key's sign-in adds);
//   (b) consentStatuses with 1,000 numbers: sequential calls, p50 and p95;
//   (c) 10,000 signed Meta webhook deliveries ("STOP" from 10,000 distinct seeded numbers) at 8 in flight, then the
//       same 10,000 again: deliveries stored and records withdrawn are counted (none lost, none doubled).
// Usage: node bench/consent-check.mjs [--records 1000000] [--seconds 10] [--pg postgres://postgres@127.0.0.1:5432]
//        [--phases a,b,c] [--json] [--keep]
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtempSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { machineFacts } from './support/machine.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const dist = (p) => resolve(root, 'dist/apps/api', p);
const autocannon = require('autocannon');
const { Client, Pool } = require('pg');
const { from: copyFrom } = require('pg-copy-streams');
const { newId } = require(dist('libs/api/core/src/lib/database/tenant-owned.js'));
const { encrypt, blindIndex } = require(dist('libs/api/core/src/lib/crypto/crypto.util.js'));

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    phases: { type: 'string', default: 'a,b,c' },
  },
});
const PHASES = new Set(args.phases.split(','));
const RECORDS = Number(args.records);
const SECONDS = Number(args.seconds);
const WEBHOOKS = Math.min(10_000, Math.floor(RECORDS * 0.7));
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ENCRYPTION_KEY = randomBytes(32);
const BLIND_INDEX_KEY = randomBytes(32);
const phoneOf = (i) => `+49151${String(i).padStart(8, '0')}`;
// Statuses by position: the first 70 % confirmed, then withdrawn, pending, expired.
const statusOf = (i) =>
  i < RECORDS * 0.7
    ? 'CONFIRMED'
    : i < RECORDS * 0.85
      ? 'WITHDRAWN'
      : i < RECORDS * 0.95
        ? 'PENDING'
        : 'EXPIRED';
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return +sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
};

const freePort = () =>
  new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

const startApi = async (dbUrl, port) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'klarsicht-bench-check-'));
  const out = openSync(join(dataDir, 'api.log'), 'a');
  const child = spawn(process.execPath, [dist('apps/api/src/main.js')], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      ENCRYPTION_KEY: ENCRYPTION_KEY.toString('base64'),
      BLIND_INDEX_KEY: BLIND_INDEX_KEY.toString('base64'),
      API_RATE_LIMIT_PER_KEY: '100000000',
      API_RATE_LIMIT_PER_IP: '100000000',
      MESSAGING_WEBHOOK_RATE_LIMIT_PER_MINUTE: '100000000',
    },
  });
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { stop: () => process.kill(-child.pid, 'SIGTERM'), log: join(dataDir, 'api.log') };
    await sleep(500);
  }
  throw new Error(`api did not start; see ${join(dataDir, 'api.log')}`);
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

/** The firm, its client, a text, the consents:read key and a Meta channel, through the api. */
const setUp = async (url) => {
  const { signUp } = await gql(
    url,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken tenant { id } } }',
    {
      input: {
        firmName: 'Kanzlei Bench',
        name: 'Dr. Erika Muster',
        email: `bench-${Date.now()}@example.test`,
        password: 'Klarsicht-Bench-Passwort-2026!',
      },
    },
  );
  const token = signUp.accessToken;
  const { createClient } = await gql(
    url,
    'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { name: 'Versandhandel Bench' } },
    token,
  );
  const clientId = createClient.id;
  const { publishConsentText } = await gql(
    url,
    'mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id sha256 } }',
    {
      input: {
        clientId,
        language: 'de',
        purposes: ['MARKETING'],
        text: 'Ja, ich möchte Angebote per WhatsApp erhalten. Widerruf jederzeit mit STOP.',
      },
    },
    token,
  );
  const { createApiKey } = await gql(
    url,
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { name: 'Versand', scopes: ['CONSENTS_READ'], clientId } },
    token,
  );
  const { createMessagingChannel } = await gql(
    url,
    'mutation ($input: CreateMessagingChannelInput!) { createMessagingChannel(input: $input) { channel { id } secret } }',
    { input: { clientId, provider: 'META_CLOUD_API', phoneNumber: '+49 30 901820' } },
    token,
  );
  return {
    token,
    tenantId: signUp.tenant.id,
    clientId,
    text: publishConsentText,
    apiKey: createApiKey.secret,
    channel: createMessagingChannel.channel.id,
    channelSecret: createMessagingChannel.secret,
  };
};

/** Subjects and MARKETING records by COPY, as the owner, in chunks of 100,000. */
const seed = async (db, firm) => {
  const hex = (b) => `\\\\x${b.toString('hex')}`;
  const copy = async (sql, lines) => pipeline(Readable.from(lines.join('')), db.query(copyFrom(sql)));
  const at = '2026-06-01T10:00:00Z';
  // Pending opt-ins are recent (within CONSENT_CONFIRMATION_TTL_DAYS): older ones would have expired by the job.
  const requested = new Date(Date.now() - 86_400_000).toISOString();
  const expires = new Date(Date.now() + 6 * 86_400_000).toISOString();
  for (let start = 0; start < RECORDS; start += 100_000) {
    const subjects = [];
    const records = [];
    for (let i = start; i < Math.min(RECORDS, start + 100_000); i++) {
      const phone = phoneOf(i);
      const s = newId();
      const status = statusOf(i);
      subjects.push(
        `${s}\t${firm.tenantId}\t${firm.clientId}\t${blindIndex(BLIND_INDEX_KEY, `consent:${firm.clientId}:${phone}`)}\t${hex(encrypt(ENCRYPTION_KEY, phone))}\t+49 151 ••••${phone.slice(-3)}\t${hex(encrypt(ENCRYPTION_KEY, randomBytes(32).toString('base64')))}\n`,
      );
      records.push(
        `${newId()}\t${firm.tenantId}\t${firm.clientId}\t${s}\tMARKETING\t${status}\t${firm.text.id}\t${status === 'PENDING' ? requested : at}\t${status === 'PENDING' ? '\\N' : at}\t${status === 'WITHDRAWN' ? at : '\\N'}\t${status === 'PENDING' ? expires : '\\N'}\t${at}\n`,
      );
    }
    await copy(
      'COPY consent_subject (id, tenant_id, client_id, phone_index, phone_encrypted, phone_masked, data_key_encrypted) FROM STDIN',
      subjects,
    );
    await copy(
      'COPY consent_record (id, tenant_id, client_id, subject_id, purpose, status, text_version_id, requested_at, confirmed_at, withdrawn_at, expires_at, updated_at) FROM STDIN',
      records,
    );
    log(`seeded ${Math.min(RECORDS, start + 100_000)} records`);
  }
  await db.query('ANALYZE consent_subject');
  await db.query('ANALYZE consent_record');
};

// Both lookups by their unique keys (tenant, client, blind index) and (tenant, subject, purpose), as RLS gives the api.
const FLOOR_SQL = `SELECT r.status, r.confirmed_at, r.text_version_id FROM consent_subject s
  JOIN consent_record r ON r.tenant_id = s.tenant_id AND r.subject_id = s.id AND r.purpose = $3
 WHERE s.tenant_id = $1 AND s.client_id = $2 AND s.phone_index = $4`;

/** The floor: node:http + pg, the same lookup (number → blind index → one statement), JSON out. */
const startFloor = async (dbUrl, firm, port) => {
  const pool = new Pool({ connectionString: dbUrl, max: 10 });
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      try {
        const { phoneNumber, purpose } = JSON.parse(body);
        const e164 = `+${phoneNumber.replace(/\D/g, '')}`;
        const index = createHmac('sha256', BLIND_INDEX_KEY)
          .update(`consent:${firm.clientId}:${e164}`)
          .digest('hex');
        const { rows } = await pool.query({
          name: 'floor',
          text: FLOOR_SQL,
          values: [firm.tenantId, firm.clientId, purpose, index],
        });
        const row = rows[0];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ allowed: row?.status === 'CONFIRMED', status: row?.status ?? null }));
      } catch (error) {
        res.writeHead(500);
        res.end(String(error));
      }
    });
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { stop: async () => (server.close(), pool.end()) };
};

const STATUS =
  'query ($c: ID!, $p: String!) { consentStatus(clientId: $c, phoneNumber: $p, purpose: MARKETING) { allowed status since consentTextVersionId } }';

const cannon = (url, connections, headers, bodyFor) =>
  autocannon({
    url,
    method: 'POST',
    connections,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodyFor(Math.floor(Math.random() * RECORDS)) }) }],
  });
const summary = (r) => ({
  rps: Math.round(r.requests.average),
  requests: r.requests.total,
  non2xx: r.non2xx + r.errors + r.timeouts,
  p50ms: r.latency.p50,
  p97_5ms: r.latency.p97_5,
});

const main = async () => {
  const dbName = `klarsicht_bench_check_${Date.now()}`;
  const base = args.pg.replace(/\/$/, '');
  const dbUrl = `${base}/${dbName}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const facts = await machineFacts(admin);
  log('machine', JSON.stringify(facts));
  await admin.query(`CREATE DATABASE ${dbName}`);
  const apiPort = await freePort();
  const floorPort = await freePort();
  const url = `http://127.0.0.1:${apiPort}`;
  const api = await startApi(dbUrl, apiPort);
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  const result = { facts, records: RECORDS, seconds: SECONDS };
  let floor = null;
  try {
    const firm = await setUp(url);
    const t0 = performance.now();
    await seed(db, firm);
    result.seedSeconds = +((performance.now() - t0) / 1000).toFixed(1);
    floor = await startFloor(dbUrl, firm, floorPort);

    // (a) consentStatus vs the floor
    if (PHASES.has('a')) {
      const gqlBody = (i) =>
        JSON.stringify({ query: STATUS, variables: { c: firm.clientId, p: phoneOf(i) } });
      const floorBody = (i) => JSON.stringify({ phoneNumber: phoneOf(i), purpose: 'MARKETING' });
      const auth = { authorization: `Bearer ${firm.apiKey}` };
      // A short warm-up of both (plans, JIT, pools).
      await cannon(`${url}/graphql`, 2, auth, gqlBody);
      result.consentStatus = {};
      for (const connections of [1, 8]) {
        const klarsicht = summary(await cannon(`${url}/graphql`, connections, auth, gqlBody));
        const floorRun = summary(await cannon(`http://127.0.0.1:${floorPort}/`, connections, {}, floorBody));
        // The same query signed in as the firm's owner (access token, no database work to sign in): what the key's
        // sign-in (its lookup and its two rate-limit counters) adds.
        const byToken = summary(
          await cannon(`${url}/graphql`, connections, { authorization: `Bearer ${firm.token}` }, gqlBody),
        );
        result.consentStatus[connections] = {
          klarsicht,
          floor: floorRun,
          accessToken: byToken,
          ofFloor: +(klarsicht.rps / floorRun.rps).toFixed(2),
        };
        log(`consentStatus @${connections}`, JSON.stringify(result.consentStatus[connections]));
      }
    }

    // (b) consentStatuses with 1,000 numbers
    if (PHASES.has('b')) {
      const times = [];
      let allowedSeen = 0;
      for (let n = 0; n < 60; n++) {
        const phones = Array.from({ length: 1000 }, () => phoneOf(Math.floor(Math.random() * RECORDS)));
        const started = performance.now();
        const data = await gql(
          url,
          'query ($c: ID!, $p: [String!]!) { consentStatuses(clientId: $c, phoneNumbers: $p, purpose: MARKETING) { allowed status } }',
          { c: firm.clientId, p: phones },
          firm.apiKey,
        );
        if (n >= 10) times.push(performance.now() - started);
        if (data.consentStatuses.length !== 1000) throw new Error('consentStatuses answered fewer numbers');
        allowedSeen += data.consentStatuses.filter((c) => c.allowed).length;
      }
      result.consentStatuses = {
        calls: times.length,
        p50ms: pct(times, 50),
        p95ms: pct(times, 95),
        allowedShare: +(allowedSeen / 60_000).toFixed(3),
      };
      log('consentStatuses', JSON.stringify(result.consentStatuses));
    }

    // (c) 10,000 signed STOP deliveries from distinct confirmed numbers, then all of them again
    if (PHASES.has('c')) {
      const path = `${url}/hooks/whatsapp/${firm.channel}`;
      const deliver = async (i) => {
        const from = phoneOf(i).slice(1);
        const body = JSON.stringify({
          object: 'whatsapp_business_account',
          entry: [
            {
              id: '102290129340398',
              changes: [
                {
                  field: 'messages',
                  value: {
                    messaging_product: 'whatsapp',
                    metadata: { display_phone_number: '4930901820', phone_number_id: '106540352242922' },
                    messages: [
                      {
                        from,
                        id: `wamid.bench${i}`,
                        timestamp: '1765000000',
                        type: 'text',
                        text: { body: 'STOP' },
                      },
                    ],
                  },
                },
              ],
            },
          ],
        });
        const signature = `sha256=${createHmac('sha256', firm.channelSecret).update(body).digest('hex')}`;
        const res = await fetch(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
          body,
        });
        await res.arrayBuffer();
        return res.status;
      };
      const storm = async () => {
        let next = 0;
        const statuses = new Map();
        const started = performance.now();
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (next < WEBHOOKS) {
              const status = await deliver(next++);
              statuses.set(status, (statuses.get(status) ?? 0) + 1);
            }
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        return {
          seconds: +seconds.toFixed(1),
          perSecond: Math.round(WEBHOOKS / seconds),
          statuses: Object.fromEntries(statuses),
        };
      };
      const counts = async () => {
        const { rows } = await db.query(
          `SELECT (SELECT count(*)::int FROM messaging_delivery WHERE channel_id = $1) AS deliveries,
                (SELECT count(*)::int FROM messaging_delivery WHERE channel_id = $1 AND outcome = 'WITHDRAWN') AS withdrawn_deliveries,
                (SELECT count(*)::int FROM consent_event WHERE client_id = $2 AND type = 'WITHDRAWN') AS withdrawn_events,
                (SELECT count(*)::int FROM consent_record WHERE client_id = $2 AND status = 'WITHDRAWN') AS withdrawn_records`,
          [firm.channel, firm.clientId],
        );
        return rows[0];
      };
      const first = await storm();
      const afterFirst = await counts();
      const again = await storm();
      const afterAgain = await counts();
      result.webhooks = { deliveries: WEBHOOKS, first, afterFirst, again, afterAgain };
      result.webhooks.noneLostOrDoubled =
        afterFirst.deliveries === WEBHOOKS &&
        afterFirst.withdrawn_events === WEBHOOKS &&
        JSON.stringify(afterAgain) === JSON.stringify(afterFirst);
      log('webhooks', JSON.stringify(result.webhooks));
    }
    result.loadAfter = (await import('node:os')).loadavg().map((x) => +x.toFixed(2));
  } finally {
    await floor?.stop();
    api.stop();
    await db.end();
    await sleep(1000);
    if (!args.keep)
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
  console.log(JSON.stringify(result, null, args.json ? 0 : 2));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
