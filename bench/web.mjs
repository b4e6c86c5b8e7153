// Web benchmark (issue 7): initial JavaScript, and the portfolio of a firm with 5,000 clients in headless Chromium —
// time until the table is interactive, rows in the DOM, and the longest task while scrolling. See bench/web.md.
// Build first: node scripts/build-api.mjs && npx nx run web:build
// Usage: node bench/web.mjs [--runs 3] [--clients 5000] [--steps 40] [--pg postgres://postgres@127.0.0.1:5432]
//   Without --pg the built server starts its embedded PostgreSQL on a fresh DATA_DIR; with --pg it migrates a fresh
//   database on that server (created here, dropped at the end). JSON results go to stdout, progress to stderr.
/* global document, location, MutationObserver, performance, PerformanceObserver, requestAnimationFrame, window -- in-page functions */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { chromium } = require('playwright-core');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    clients: { type: 'string', default: '5000' },
    steps: { type: 'string', default: '40' },
    pg: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    // Another build of the web app (e.g. unminified, for reading a profile).
    'web-dist': { type: 'string' },
    // Writes CPU profiles of each measured visit (navigation until interactive, then the scroll) to PREFIX-RUN[-scroll].cpuprofile.
    profile: { type: 'string' },
  },
});
const RUNS = Number(args.runs);
const CLIENTS = Number(args.clients);
const STEPS = Number(args.steps);
const MAIN = join(root, 'dist/apps/api/apps/api/src/main.js');
const WEB_DIST = resolve(root, args['web-dist'] ?? 'dist/apps/web');
const PASSWORD = 'Klarsicht-Bench-Passwort-2026!';
const EMAIL = 'bench-web@example.test';
// Names sort numerically; the first by name (ascending) is the one the sort check waits for.
const clientName = (g) => `Mandant ${String(g).padStart(5, '0')} GmbH`;
const TARGETS = { initialJsKiB: 250, interactiveMs: 1500, rowsInDom: 100, longestScrollTaskMs: 50 };

const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

const freePort = () =>
  new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

// --- Initial JavaScript (the logic of scripts/initial-js-size.mjs) ---------------------------------------------------

const gzipKiB = (file) => gzipSync(readFileSync(join(WEB_DIST, file)), { level: 9 }).length / 1024;

const measureBundle = () => {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const all = readdirSync(join(WEB_DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `/assets/${f}`);
  const lazy = all.filter((f) => !initial.includes(f));
  const sized = (files) => files.map((file) => ({ file, gzipKiB: round(gzipKiB(file)) }));
  const initialFiles = sized(initial);
  return {
    initialGzipKiB: round(initial.reduce((a, f) => a + gzipKiB(f), 0)),
    initialFiles,
    // Chunks named after a page (or a lazy component) are the route splits; the rest are shared pieces of them.
    lazyChunks: sized(lazy).sort((a, b) => b.gzipKiB - a.gzipKiB),
  };
};

// --- Server and data ------------------------------------------------------------------------------------------------

const waitHealthy = async (url, child, logFile) => {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}); see ${logFile}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`server not healthy within 180 s; see ${logFile}`);
};

const startServer = async (base) => {
  const port = await freePort();
  const dataDir = join(base, 'data');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    JOBS_ENABLED: 'false',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    WEB_DIST,
    ACCESS_TOKEN_TTL_SECONDS: '3600',
  };
  let database;
  if (args.pg) {
    const server = args.pg.replace(/\/$/, '');
    const name = `klarsicht_bench_web_${Date.now()}`;
    const admin = new Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    Object.assign(env, { DATABASE_URL: `${server}/${name}`, DATABASE_APP_URL: '' });
    database = {
      kind: 'external',
      superuserUrl: `${server}/${name}`,
      drop: async () => {
        const a = new Client({ connectionString: `${server}/postgres` });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  } else {
    const pgPort = await freePort();
    Object.assign(env, { DATABASE_URL: '', DATABASE_APP_URL: '', EMBEDDED_PG_PORT: String(pgPort) });
    database = {
      kind: 'embedded',
      // The superuser's password is generated into DATA_DIR/secrets.json on the first start.
      superuserUrl: () => {
        const { postgresPassword } = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
        return `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${pgPort}/klarsicht`;
      },
      drop: async () => undefined,
    };
  }
  const logFile = join(base, 'server.log');
  const out = openSync(logFile, 'a');
  // detached: the server and its embedded PostgreSQL form one process group that is stopped as a whole.
  const child = spawn(process.execPath, [MAIN], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env,
  });
  closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  await waitHealthy(url, child, logFile);
  log(`server up on ${url} (${database.kind} PostgreSQL) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const exited = new Promise((res) => child.once('exit', res));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      signal('SIGTERM');
      if ((await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)])) === false)
        signal('SIGKILL');
    }
    // What is left of the group (the embedded PostgreSQL stops with the server, but make sure).
    signal('SIGKILL');
    await database.drop().catch((error) => log('could not drop the database:', error.message));
  };
  return { url, database, stop, logFile };
};

const gql = async (url, query, variables) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

/** One firm with `n` clients, inserted in one statement as the superuser (the client INSERT of bench/portfolio.mjs). */
const seed = async (server) => {
  const { signUp } = await gql(
    server.url,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken tenant { id } } }',
    { input: { firmName: 'Kanzlei Bench', name: 'Dr. Erika Muster', email: EMAIL, password: PASSWORD } },
  );
  const url =
    typeof server.database.superuserUrl === 'function'
      ? server.database.superuserUrl()
      : server.database.superuserUrl;
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const started = Date.now();
    // Beyond the portfolio bench's columns, the maintained per-client aggregates get varied values, so every cell
    // of the table has something to format (tasks, a review date on 9 of 10 clients, confirmed consents).
    await db.query(
      `INSERT INTO client (id, tenant_id, name, industry, federal_state, city, compliance_score, compliance_level,
                           open_task_count, next_review_at, consent_confirmed, consent_pending)
       SELECT uuid_generate_v7(), $1, 'Mandant ' || lpad(g::text, 5, '0') || ' GmbH',
              (ARRAY['Handwerk', 'Gesundheit', 'Handel', 'Gastronomie', 'Beratung'])[1 + g % 5],
              (ARRAY['BY', 'BW', 'NW', 'HE', 'BE', 'HH'])[1 + g % 6], (ARRAY['München', 'Köln', 'Berlin', 'Hamburg'])[1 + g % 4],
              (g * 37) % 101, (ARRAY['RED', 'AMBER', 'GREEN'])[1 + g % 3],
              (g * 7) % 13, CASE WHEN g % 10 = 0 THEN NULL ELSE now() + (((g * 41) % 400 - 30) || ' days')::interval END,
              (g * 53) % 400, (g * 11) % 17
         FROM generate_series(1, $2::int) g`,
      [signUp.tenant.id, CLIENTS],
    );
    await db.query('ANALYZE client');
    const { rows } = await db.query('SELECT count(*)::int AS n FROM client WHERE tenant_id = $1', [
      signUp.tenant.id,
    ]);
    if (rows[0].n !== CLIENTS) throw new Error(`expected ${CLIENTS} clients, found ${rows[0].n}`);
    log(`seeded ${CLIENTS} clients in ${Date.now() - started} ms`);
  } finally {
    await db.end();
  }
};

// --- In the page ----------------------------------------------------------------------------------------------------

/**
 * Installed before any script of every document. Records long tasks from the start, and on the portfolio (`/`)
 * the milestones of the load, each as the time (ms since navigation start) of the first frame after the DOM showed it:
 *   firstRowsAt     the table has its first data row;
 *   loadedAt        the table holds every client (aria-rowcount = clients + header row; the last page has arrived);
 *   interactiveAt   after a click on the "Mandant" sort header (sent right when loadedAt was recorded), the header says
 *                   ascending and the first row is the first client by name — the table answered its first input.
 */
const pageInit = ({ clients, firstByName }) => {
  const bench = {
    longTasks: [],
    frames: [],
    firstRowsAt: null,
    loadedAt: null,
    sortClickAt: null,
    interactiveAt: null,
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTaskUnsupported = true;
  }
  if (location.pathname !== '/') return;
  const afterFrame = (record) => requestAnimationFrame(() => setTimeout(() => record(performance.now())));
  const check = () => {
    if (
      bench.firstRowsAt === null &&
      !bench.firstRowsPending &&
      document.querySelector('table[aria-rowcount] tbody tr[aria-rowindex]')
    ) {
      bench.firstRowsPending = true;
      afterFrame((t) => (bench.firstRowsAt = t));
    }
    const table = document.querySelector('table[aria-rowcount]');
    if (
      bench.loadedAt === null &&
      !bench.loadedPending &&
      table?.getAttribute('aria-rowcount') === String(clients + 1)
    ) {
      bench.loadedPending = true;
      afterFrame((t) => {
        bench.loadedAt = t;
        const button = document.querySelector('table[aria-rowcount] thead th:nth-child(2) button');
        bench.sortClickAt = performance.now();
        button.click();
      });
    }
    if (bench.sortClickAt !== null && bench.interactiveAt === null && !bench.interactivePending) {
      const header = document.querySelector('table[aria-rowcount] thead th:nth-child(2)');
      const first = document.querySelector('table[aria-rowcount] tbody tr[aria-rowindex="2"] a');
      if (header?.getAttribute('aria-sort') === 'ascending' && first?.textContent === firstByName) {
        bench.interactivePending = true;
        afterFrame((t) => {
          bench.interactiveAt = t;
          observer.disconnect();
        });
      }
    }
  };
  const observer = new MutationObserver(check);
  const start = () =>
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
};

/** Scrolls the table's scroll region from top to bottom in `steps` jumps, two frames per step. */
const scrollTable = async (steps) => {
  const region = document.querySelector('table[aria-rowcount]').closest('[role=region]');
  const rowsNow = () => region.querySelectorAll('tbody tr[aria-rowindex]').length;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  // The table sits below the charts: bring its scroll region into the viewport, so every step is painted too.
  region.scrollIntoView({ block: 'center' });
  region.scrollTop = 0;
  await frame();
  await frame();
  const max = region.scrollHeight - region.clientHeight;
  const start = performance.now();
  let maxRows = 0;
  let last = performance.now();
  let maxFrameGap = 0;
  for (let i = 1; i <= steps; i++) {
    region.scrollTop = Math.round((max * i) / steps);
    for (let k = 0; k < 2; k++) {
      await frame();
      const now = performance.now();
      maxFrameGap = Math.max(maxFrameGap, now - last);
      last = now;
    }
    maxRows = Math.max(maxRows, rowsNow());
  }
  const end = performance.now();
  // Long-task entries arrive asynchronously; give the observer a moment.
  await new Promise((r) => setTimeout(r, 300));
  const tasks = window.__bench.longTasks.filter((t) => t.start >= start && t.start < end);
  const lastRow = region.querySelector('tbody tr[aria-rowindex]:last-of-type');
  const box = region.getBoundingClientRect();
  return {
    regionInViewport: box.top >= 0 && box.bottom <= window.innerHeight,
    regionHeight: Math.round(box.height),
    scrollMs: end - start,
    scrollHeight: region.scrollHeight,
    longestTaskMs: tasks.reduce((a, t) => Math.max(a, t.duration), 0),
    longTasksOver50: tasks.filter((t) => t.duration > 50).length,
    maxFrameGapMs: maxFrameGap,
    maxRowsWhileScrolling: maxRows,
    rowsAfterScroll: rowsNow(),
    trAfterScroll: region.querySelectorAll('tr').length,
    lastRowIndexAfterScroll: Number(lastRow?.getAttribute('aria-rowindex')),
  };
};

// --- One measured visit -----------------------------------------------------------------------------------------------

const measure = async (browser, url, run) => {
  const context = await browser.newContext({
    baseURL: url,
    locale: 'de-DE',
    viewport: { width: 1280, height: 800 },
  });
  try {
    await context.addInitScript(pageInit, { clients: CLIENTS, firstByName: clientName(1) });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    // Sign in through the UI; the app then opens the portfolio (a warm-up: server caches, JIT).
    await page.goto('/login');
    await page.getByLabel('E-Mail-Adresse').fill(EMAIL);
    await page.getByLabel('Passwort').fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(`${url}/`);
    await page.waitForFunction(
      (n) => document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount') === String(n + 1),
      CLIENTS,
      {
        timeout: 120_000,
        polling: 100,
      },
    );

    // The measured visit: a new document for `/` with an empty HTTP cache; the session comes from the refresh cookie.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    const scripts = new Set();
    const graphql = [];
    const onRequest = (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    };
    const onFinished = (request) => {
      if (!request.url().endsWith('/graphql')) return;
      const body = request.postDataJSON?.() ?? null;
      graphql.push({
        operation: body?.operationName ?? null,
        after: body?.variables?.after ? 'yes' : 'no',
        timing: request.timing(),
      });
    };
    page.on('request', onRequest);
    page.on('requestfinished', onFinished);
    if (args.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto('/', { waitUntil: 'commit' });
    await page.waitForFunction(() => Boolean(window.__bench?.interactiveAt), null, {
      timeout: 120_000,
      polling: 50,
    });
    if (args.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${args.profile}-${run}.cpuprofile`, JSON.stringify(profile));
    }
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);

    const load = await page.evaluate(() => {
      const b = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      const tasks = b.longTasks.filter((t) => t.start < b.interactiveAt);
      return {
        timeOrigin: performance.timeOrigin,
        responseEnd: nav?.responseEnd,
        domContentLoaded: nav?.domContentLoadedEventEnd,
        firstRowsAt: b.firstRowsAt,
        loadedAt: b.loadedAt,
        sortClickAt: b.sortClickAt,
        interactiveAt: b.interactiveAt,
        longestLoadTaskMs: tasks.reduce((a, t) => Math.max(a, t.duration), 0),
        longTasksDuringLoad: tasks.length,
        loadLongTasks: tasks.map((t) => ({
          startMs: Math.round(t.start),
          durationMs: Math.round(t.duration),
        })),
        longTaskUnsupported: b.longTaskUnsupported ?? false,
        rowsInDom: document.querySelectorAll('table[aria-rowcount] tbody tr[aria-rowindex]').length,
        trInDom: document.querySelectorAll('table[aria-rowcount] tr').length,
        rowCount: Number(document.querySelector('table[aria-rowcount]').getAttribute('aria-rowcount')) - 1,
        // Scripts and styles as they arrived (ms since navigation start), to read where the time before the rows goes.
        resources: performance
          .getEntriesByType('resource')
          .filter((e) => /\.(js|css)$/.test(e.name) && e.startTime < b.interactiveAt)
          .map((e) => ({
            file: new URL(e.name).pathname.replace('/assets/', ''),
            startMs: Math.round(e.startTime),
            endMs: Math.round(e.responseEnd),
          })),
      };
    });
    // GraphQL requests relative to the navigation start (Playwright's timing: startTime is wall clock, the rest relative).
    const requests = graphql.map(({ operation, after, timing }) => ({
      operation: after === 'yes' ? `${operation} (next page)` : operation,
      startMs: round(timing.startTime - load.timeOrigin),
      endMs: round(timing.startTime - load.timeOrigin + timing.responseEnd),
      waitMs: round(timing.responseStart - timing.requestStart),
    }));
    const pages = requests.filter((r) => r.operation?.startsWith('PortfolioClients'));
    if (args.profile) await cdp.send('Profiler.start');
    const scroll = await page.evaluate(scrollTable, STEPS);
    if (args.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${args.profile}-${run}-scroll.cpuprofile`, JSON.stringify(profile));
    }
    if (scroll.lastRowIndexAfterScroll !== CLIENTS + 1)
      throw new Error(`scroll did not reach the last row (${scroll.lastRowIndexAfterScroll})`);
    const jsFiles = [...scripts];
    const result = {
      run,
      interactiveMs: round(load.interactiveAt),
      firstRowsMs: round(load.firstRowsAt),
      loadedMs: round(load.loadedAt),
      sortMs: round(load.interactiveAt - load.sortClickAt),
      responseEndMs: round(load.responseEnd),
      domContentLoadedMs: round(load.domContentLoaded),
      lastPageResponseEndMs: pages.length ? Math.max(...pages.map((r) => r.endMs)) : null,
      portfolioPages: pages.length,
      longestLoadTaskMs: round(load.longestLoadTaskMs),
      longTasksDuringLoad: load.longTasksDuringLoad,
      loadLongTasks: load.loadLongTasks,
      rowCount: load.rowCount,
      rowsInDom: load.rowsInDom,
      trInDom: load.trInDom,
      ...Object.fromEntries(
        Object.entries(scroll).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]),
      ),
      longTaskUnsupported: load.longTaskUnsupported,
      resources: load.resources,
      jsLoaded: {
        files: jsFiles.length,
        gzipKiB: round(jsFiles.reduce((a, f) => a + (existsSync(join(WEB_DIST, f)) ? gzipKiB(f) : 0), 0)),
      },
      requests,
    };
    log(
      `run ${run}: first rows ${result.firstRowsMs} ms, all ${result.rowCount} loaded ${result.loadedMs} ms, interactive ${result.interactiveMs} ms ` +
        `(sort ${result.sortMs} ms); rows in DOM ${result.rowsInDom} → ${result.rowsAfterScroll} after scrolling; ` +
        `longest scroll task ${result.longestTaskMs} ms (${result.longTasksOver50} > 50 ms), max frame gap ${result.maxFrameGapMs} ms`,
    );
    return result;
  } finally {
    await context.close();
  }
};

// --- Main -----------------------------------------------------------------------------------------------------------

if (!existsSync(MAIN) || !existsSync(join(WEB_DIST, 'index.html'))) {
  console.error('No build found: run `node scripts/build-api.mjs && npx nx run web:build` first.');
  process.exit(1);
}
const chromiumVersion = (() => {
  try {
    return execFileSync(args.chromium, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
})();
const facts = {
  date: new Date().toISOString(),
  nproc: cpus().length,
  cpu: cpus()[0]?.model,
  memoryMiB: Math.round(totalmem() / 2 ** 20),
  node: process.version,
  chromium: chromiumVersion,
  loadAverageBefore: loadavg().map((x) => +x.toFixed(2)),
};
log('machine', JSON.stringify(facts));
const bundle = measureBundle();
log(
  `initial JS ${bundle.initialGzipKiB} KiB gzipped in ${bundle.initialFiles.length} files; ${bundle.lazyChunks.length} lazy chunks`,
);

const base = await mkdtemp(join(tmpdir(), 'klarsicht-bench-web-'));
// As root, the embedded PostgreSQL runs as the `postgres` OS user, which must be able to enter DATA_DIR.
await chmod(base, 0o755);
let server;
let browser;
const runs = [];
try {
  server = await startServer(base);
  await seed(server);
  browser = await chromium.launch({
    executablePath: args.chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  facts.browser = browser.version();
  for (let run = 1; run <= RUNS; run++) runs.push(await measure(browser, server.url, run));
} catch (error) {
  log(`failed; server log in ${server?.logFile ?? base}`);
  throw error;
} finally {
  await browser?.close();
  await server?.stop();
  if (runs.length === RUNS) await rm(base, { recursive: true, force: true });
}
facts.loadAverageAfter = loadavg().map((x) => +x.toFixed(2));

const stat = (key, worst = Math.max) => ({
  median: round(median(runs.map((r) => r[key]))),
  worst: round(worst(...runs.map((r) => r[key]))),
});
const summary = {
  interactiveMs: stat('interactiveMs'),
  firstRowsMs: stat('firstRowsMs'),
  loadedMs: stat('loadedMs'),
  sortMs: stat('sortMs'),
  lastPageResponseEndMs: stat('lastPageResponseEndMs'),
  longestLoadTaskMs: stat('longestLoadTaskMs'),
  rowsInDom: stat('rowsInDom'),
  rowsAfterScroll: stat('rowsAfterScroll'),
  maxRowsWhileScrolling: stat('maxRowsWhileScrolling'),
  longestScrollTaskMs: stat('longestTaskMs'),
  longScrollTasksOver50: stat('longTasksOver50'),
  maxScrollFrameGapMs: stat('maxFrameGapMs'),
};
const verdict = {
  initialJs: bundle.initialGzipKiB <= TARGETS.initialJsKiB,
  interactive: summary.interactiveMs.median <= TARGETS.interactiveMs,
  rowsInDom: summary.maxRowsWhileScrolling.worst <= TARGETS.rowsInDom,
  longestScrollTask: summary.longestScrollTaskMs.median <= TARGETS.longestScrollTaskMs,
};
process.stdout.write(
  `${JSON.stringify({ facts, clients: CLIENTS, scrollSteps: STEPS, database: args.pg ? 'external' : 'embedded', targets: TARGETS, verdict, bundle, summary, runs }, null, 2)}\n`,
);
