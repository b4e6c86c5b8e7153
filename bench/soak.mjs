// Soak benchmark (issue 14): the built server as `npm start` runs it (embedded PostgreSQL, fresh DATA_DIR,
// NODE_ENV=production) under mixed traffic at a fixed rate for N minutes: reads (a page of 50 clients with status),
// writes (create a client), consent requests (double opt-in) and document uploads (a small PDF, REST multipart).
// Open loop: requests start on schedule whether or not earlier ones have finished. Per minute: requests, errors,
// p50/p95/p99, the server's RSS, and its event-loop delay (sampled inside the server by bench/support/loop-lag.mjs).
// Build first: node scripts/build-api.mjs
// Usage: node bench/soak.mjs [--minutes 20] [--rate 20] [--port 3991] [--pg-port 54391] [--json out.json]
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdtempSync, chmodSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '20' },
    rate: { type: 'string', default: '20' },
    port: { type: 'string', default: '3991' },
    'pg-port': { type: 'string', default: '54391' },
    json: { type: 'string' },
  },
});
const MINUTES = Number(args.minutes);
const RATE = Number(args.rate);
const URL_BASE = `http://127.0.0.1:${args.port}`;
const MAIN = join(root, 'dist/apps/api/apps/api/src/main.js');
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
if (!existsSync(MAIN)) throw new Error('Build first: node scripts/build-api.mjs');

const dataDir = mkdtempSync(join(tmpdir(), 'klarsicht-soak-'));
chmodSync(dataDir, 0o755);
const lagFile = join(dataDir, 'loop-lag.jsonl');
const server = spawn(process.execPath, ['--import', join(root, 'bench/support/loop-lag.mjs'), MAIN], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: '',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    PORT: args.port,
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: args['pg-port'],
    SEED_DEMO: 'false',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    SOAK_LAG_FILE: lagFile,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
server.stdout.on('data', (c) => (output += c));
server.stderr.on('data', (c) => (output += c));
while (!output.includes('Klarsicht is running')) {
  if (server.exitCode !== null) throw new Error(`server exited:\n${output}`);
  await sleep(100);
}
log('server up', server.pid);

const gql = async (query, variables, token) => {
  const response = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { status: response.status, body };
};
const must = (result, what) => {
  if (result.status !== 200 || result.body.errors) throw new Error(`${what}: ${JSON.stringify(result.body)}`);
  return result.body.data;
};

// Setup: a firm, 200 clients, a consent text, 10 documents.
const { signUp } = must(
  await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: {
      firmName: 'Soak Kanzlei',
      name: 'Dr. Soak',
      email: 'soak@example.test',
      password: 'Klarsicht-Soak-Passwort-2026!',
    },
  }),
  'signUp',
);
const token = signUp.accessToken;
const createClient = `mutation ($i: CreateClientInput!) { createClient(input: $i) { id } }`;
const clientIds = [];
for (let i = 0; i < 200; i++)
  clientIds.push(
    must(await gql(createClient, { i: { name: `Mandant ${i}` } }, token), 'createClient').createClient.id,
  );
const consentClient = clientIds[0];
const { publishConsentText } = must(
  await gql(
    'mutation ($i: PublishConsentTextInput!) { publishConsentText(input: $i) { id } }',
    {
      i: {
        clientId: consentClient,
        language: 'de',
        purposes: ['MARKETING'],
        title: 'Newsletter',
        text: 'Ich möchte Angebote per WhatsApp erhalten.',
      },
    },
    token,
  ),
  'publishConsentText',
);
const documentIds = [];
for (let i = 0; i < 10; i++)
  documentIds.push(
    must(
      await gql(
        'mutation ($i: CreateDocumentInput!) { createDocument(input: $i) { id } }',
        { i: { clientId: clientIds[i], title: `AVV ${i}`, type: 'DPA' } },
        token,
      ),
      'createDocument',
    ).createDocument.id,
  );
log('setup done');

// Node's fetch globals (undici), which the lint environment does not declare.
const { FormData, Blob } = globalThis;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
let sequence = 0;
const kinds = [
  ...Array(12).fill('read'),
  ...Array(4).fill('write'),
  ...Array(2).fill('consent'),
  ...Array(2).fill('upload'),
];
const operations = {
  read: () =>
    gql(
      '{ clients(first: 50) { totalCount edges { node { id name openTaskCount compliance { level score } consentStats { pending confirmed } } } } }',
      {},
      token,
    ),
  write: () => gql(createClient, { i: { name: `Soak ${++sequence}` } }, token),
  consent: () =>
    gql(
      'mutation ($i: RequestConsentInput!) { requestConsent(input: $i) { id } }',
      {
        i: {
          clientId: consentClient,
          consentTextVersionId: publishConsentText.id,
          phoneNumber: `+49 151 ${String(10_000_000 + (++sequence % 80_000_000)).padStart(8, '0')}`,
          purposes: ['MARKETING'],
        },
      },
      token,
    ),
  upload: async () => {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'avv.pdf');
    const id = documentIds[sequence++ % documentIds.length];
    const response = await fetch(`${URL_BASE}/api/documents/${id}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  },
};

const rssMiB = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const minutes = [];
let bucket = { latencies: [], errors: 0, byKind: {} };
const errorSamples = [];
const started = Date.now();
const interval = 1000 / RATE;
let inFlight = 0;
let next = Date.now();
let issued = 0;
const closeMinute = () => {
  const sorted = bucket.latencies.sort((x, y) => x - y);
  const lag = existsSync(lagFile)
    ? readFileSync(lagFile, 'utf8')
        .trim()
        .split('\n')
        .slice(-12)
        .map((l) => JSON.parse(l))
    : [];
  const row = {
    minute: minutes.length + 1,
    requests: sorted.length,
    errors: bucket.errors,
    p50: Math.round(percentile(sorted, 50) * 10) / 10,
    p95: Math.round(percentile(sorted, 95) * 10) / 10,
    p99: Math.round(percentile(sorted, 99) * 10) / 10,
    rssMiB: rssMiB(),
    loopLagP99: Math.max(0, ...lag.map((l) => l.p99)),
    loopLagMax: Math.max(0, ...lag.map((l) => l.max)),
    byKind: bucket.byKind,
  };
  minutes.push(row);
  log(JSON.stringify(row));
  bucket = { latencies: [], errors: 0, byKind: {} };
};
const minuteTimer = setInterval(closeMinute, 60_000);

while (Date.now() - started < MINUTES * 60_000) {
  const kind = kinds[issued++ % kinds.length];
  const t0 = performance.now();
  inFlight++;
  operations[kind]()
    .then(({ status, body }) => {
      const failed = status >= 400 || Boolean(body?.errors) || Boolean(body?.error);
      if (failed) {
        bucket.errors++;
        if (errorSamples.length < 10) errorSamples.push({ kind, status, body });
      }
    })
    .catch((error) => {
      bucket.errors++;
      if (errorSamples.length < 10) errorSamples.push({ kind, error: String(error) });
    })
    .finally(() => {
      inFlight--;
      bucket.latencies.push(performance.now() - t0);
      bucket.byKind[kind] = (bucket.byKind[kind] ?? 0) + 1;
    });
  next += interval;
  const wait = next - Date.now();
  if (wait > 0) await sleep(wait);
}
while (inFlight > 0) await sleep(50);
clearInterval(minuteTimer);
if (bucket.latencies.length > 0) closeMinute();
server.kill('SIGTERM');
const exitCode = await new Promise((r) => server.once('exit', (code) => r(code)));
const result = {
  facts: {
    nproc: cpus().length,
    cpu: cpus()[0]?.model,
    memMiB: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    load: loadavg(),
    minutes: MINUTES,
    ratePerSecond: RATE,
    mix: '60 % reads, 20 % writes, 10 % consent requests, 10 % uploads',
    shutdownExitCode: exitCode,
  },
  minutes,
  errorSamples,
};
if (args.json) writeFileSync(args.json, `${JSON.stringify(result, null, 1)}\n`);
console.log(JSON.stringify(result.facts));
console.log(
  '| minute | requests | errors | p50 ms | p95 ms | p99 ms | RSS MiB | loop lag p99 ms | loop lag max ms |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const m of minutes)
  console.log(
    `| ${m.minute} | ${m.requests} | ${m.errors} | ${m.p50} | ${m.p95} | ${m.p99} | ${m.rssMiB} | ${m.loopLagP99} | ${m.loopLagMax} |`,
  );
