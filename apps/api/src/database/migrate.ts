import { DataSource } from 'typeorm';
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
