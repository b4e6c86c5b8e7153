import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { AppConfig } from '@klarsicht/api-core';
import { resolveSecrets } from './config/secrets';
import { migrateDatabase } from './database/migrate';
import { provisionDatabase } from './database/provision';

/** The worker processes to run (docs/scaling.md § Worker mode): WEB_CONCURRENCY, else all cores in production. */
export const workerCount = (config: AppConfig): number =>
  config.WEB_CONCURRENCY ?? (config.NODE_ENV === 'production' ? availableParallelism() : 1);

/** What the primary hands each worker: the database it prepared, and whether this one may seed the demo. */
export type WorkerAssignment = { index: number; ownerUrl: string; appUrl: string; seed: boolean };
const ASSIGNMENT = 'KLARSICHT_WORKER';

export const workerAssignment = (): WorkerAssignment | null => {
  const raw = process.env[ASSIGNMENT];
  return raw ? (JSON.parse(raw) as WorkerAssignment) : null;
};

/** A worker's report to the primary once it listens. */
export type WorkerReady = {
  type: 'ready';
  url: string;
  demoLogin: { email: string; password: string } | null;
};

type Output = { log: (line: string) => void; error: (line: string) => void };

/**
 * The primary of worker mode: provisions the database (the embedded server starts here, once), migrates, forks the
 * workers, which share the port (node:cluster hands each new connection to the next), and restarts a worker that
 * died. On SIGINT/SIGTERM it asks every worker to drain, waits for them, and stops the database last.
 */
export const runPrimary = async (config: AppConfig, workers: number, out: Output): Promise<void> => {
  const plan = await provisionDatabase(config, resolveSecrets(config));
  try {
    await migrateDatabase(plan.ownerUrl);
  } catch (error) {
    await plan.stop();
    throw error;
  }
  let stopping = false;
  const fork = (index: number, seed: boolean): Worker =>
    cluster.fork({
      [ASSIGNMENT]: JSON.stringify({ index, ownerUrl: plan.ownerUrl, appUrl: plan.appUrl, seed }),
    });
  const ready = new Set<number>();
  const indexOf = new Map<Worker, number>();
  const start = (index: number, seed: boolean): void => {
    const worker = fork(index, seed);
    indexOf.set(worker, index);
    worker.on('message', (message: WorkerReady) => {
      if (message?.type !== 'ready' || ready.has(index)) return;
      ready.add(index);
      // Once, when the last of the first round listens (a restarted worker is ready already).
      if (ready.size === workers) out.log(`\nKlarsicht is running at ${message.url} (${workers} workers)\n`);
      if (message.demoLogin)
        out.log(
          `Demo firm seeded. Sign in with ${message.demoLogin.email} / ${message.demoLogin.password}\n`,
        );
    });
  };
  for (let index = 0; index < workers; index++) start(index, index === 0);

  cluster.on('exit', (worker, code, signal) => {
    const index = indexOf.get(worker) ?? -1;
    indexOf.delete(worker);
    if (stopping) {
      if (indexOf.size === 0)
        void plan.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      return;
    }
    out.error(`Worker ${index} exited (${signal ?? code}); starting it again\n`);
    start(index, false);
  });

  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(name);
    process.on(name, () => {
      if (stopping) return;
      stopping = true;
      out.log(`\n${name}: the workers finish requests and jobs in flight…\n`);
      if (indexOf.size === 0) void plan.stop().then(() => process.exit(0));
      for (const worker of indexOf.keys()) worker.process.kill('SIGTERM');
    });
  }
};
