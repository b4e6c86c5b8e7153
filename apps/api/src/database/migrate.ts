import { DataSource } from 'typeorm';
import { installJobs } from './install-jobs';
import { MIGRATIONS } from './migrations';

/** Applies every pending migration as the owner role (needs no entity metadata). */
export const runMigrations = async (ownerUrl: string): Promise<string[]> => {
  const dataSource = new DataSource({
    type: 'postgres',
    url: ownerUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    poolSize: 1,
    applicationName: 'klarsicht-migrate',
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
};

/** Everything the owner role prepares before the api starts: schema migrations, then the job queues. */
export const migrateDatabase = async (ownerUrl: string): Promise<string[]> => {
  const applied = await runMigrations(ownerUrl);
  await installJobs(ownerUrl);
  return applied;
};
