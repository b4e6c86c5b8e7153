import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { publicBaseUrl, type AppConfig } from '@klarsicht/api-core';
import { createApp } from './app/create-app';
import { resolveSecrets } from './config/secrets';
import { createDataSource } from './database/data-source';
import { migrateDatabase } from './database/migrate';
import type { WorkerAssignment } from './cluster';
import { provisionDatabase, type DatabasePlan } from './database/provision';
import { isDatabaseEmpty, seedDemo } from './seed/demo-seed';

export type RunningServer = {
  app: NestFastifyApplication;
  url: string;
  // Graceful: readiness off, no new connections, in-flight requests and running jobs finish within
  // SHUTDOWN_GRACE_SECONDS, then the pool and the embedded database close cleanly. Safe to call twice.
  stop: () => Promise<void>;
  demoLogin: { email: string; password: string } | null;
  database: DatabasePlan;
};

/**
 * Provision the database, migrate as owner, connect as the runtime role, and listen. A worker of worker mode
 * (cluster.ts) gets its database from the primary, which provisioned and migrated it; only the first one seeds.
 */
export const startServer = async (
  config: AppConfig,
  worker: WorkerAssignment | null = null,
): Promise<RunningServer> => {
  const logger = new Logger('Server');
  const secrets = resolveSecrets(config);
  const plan: DatabasePlan = worker
    ? { ownerUrl: worker.ownerUrl, appUrl: worker.appUrl, embedded: false, stop: async () => undefined }
    : await provisionDatabase(config, secrets);
  try {
    if (!worker) await migrateDatabase(plan.ownerUrl);
    const dataSource = createDataSource({
      url: plan.appUrl,
      poolSize: config.DATABASE_POOL_SIZE,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
    });
    await dataSource.initialize();
    let draining = false;
    const app = await createApp({
      config,
      secrets,
      dataSource,
      probes: { databaseState: plan.state, draining: () => draining },
      workerIndex: worker?.index ?? null,
    });
    await app.listen({ port: config.PORT, host: config.HOST });
    const seeds = config.SEED_DEMO && (worker?.seed ?? true);
    const demoLogin = seeds && (await isDatabaseEmpty(app)) ? await seedDemo(app) : null;
    const url = publicBaseUrl(config);
    let stopping: Promise<void> | null = null;
    const shutdown = async (): Promise<void> => {
      draining = true;
      const grace = config.SHUTDOWN_GRACE_SECONDS * 1000;
      // Past the grace period, connections still open are cut so that the pool and the database can close.
      const deadline = setTimeout(() => {
        logger.warn(
          `Shutdown grace of ${config.SHUTDOWN_GRACE_SECONDS} s over: closing the remaining connections`,
        );
        app.getHttpServer().closeAllConnections();
      }, grace);
      try {
        // Nest closes the HTTP server (no new connections; fastify waits for requests in flight), then stops the
        // job workers gracefully (JobsService.onApplicationShutdown).
        await app.close();
      } finally {
        clearTimeout(deadline);
      }
      if (dataSource.isInitialized) await dataSource.destroy();
      await plan.stop();
    };
    const stop = (): Promise<void> => (stopping ??= shutdown());
    return { app, url, stop, demoLogin, database: plan };
  } catch (error) {
    await plan.stop();
    throw error;
  }
};
