import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@klarsicht/api-core';
import { createApp } from './app/create-app';
import { resolveSecrets } from './config/secrets';
import { createDataSource } from './database/data-source';
import { migrateDatabase } from './database/migrate';
import { provisionDatabase } from './database/provision';
import { isDatabaseEmpty, seedDemo } from './seed/demo-seed';

export type RunningServer = {
  app: NestFastifyApplication;
  url: string;
  stop: () => Promise<void>;
  demoLogin: { email: string; password: string } | null;
};

/** Provision the database, migrate as owner, connect as the runtime role, and listen. */
export const startServer = async (config: AppConfig): Promise<RunningServer> => {
  const secrets = resolveSecrets(config);
  const plan = await provisionDatabase(config, secrets);
  try {
    await migrateDatabase(plan.ownerUrl);
    const dataSource = createDataSource({ url: plan.appUrl, poolSize: config.DATABASE_POOL_SIZE });
    await dataSource.initialize();
    const app = await createApp({ config, secrets, dataSource });
    await app.listen({ port: config.PORT, host: config.HOST });
    const demoLogin = config.SEED_DEMO && (await isDatabaseEmpty(app)) ? await seedDemo(app) : null;
    const url = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    let stopped = false;
    const stop = async (): Promise<void> => {
      if (stopped) return;
      stopped = true;
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await plan.stop();
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void stop().finally(() => process.exit(0));
      });
    }
    return { app, url, stop, demoLogin };
  } catch (error) {
    await plan.stop();
    throw error;
  }
};
