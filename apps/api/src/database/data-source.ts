import { DataSource } from 'typeorm';
import { ScopedBeginClient } from '@klarsicht/api-core';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type DataSourceOptions = {
  url: string;
  poolSize?: number;
  applicationName?: string;
  // Observes every SQL statement (tests count statements with it).
  onQuery?: (sql: string) => void;
};

export const createDataSource = ({
  url,
  poolSize = 10,
  applicationName = 'klarsicht',
  onQuery,
}: DataSourceOptions): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    poolSize,
    applicationName,
    // Pool clients that can open a transaction and set the request scope in one round trip (see pg-adapter.ts).
    extra: { max: poolSize, Client: ScopedBeginClient },
    ...(onQuery
      ? {
          logging: ['query' as const],
          logger: {
            logQuery: (sql: string) => onQuery(sql),
            logQueryError: () => undefined,
            logQuerySlow: () => undefined,
            logSchemaBuild: () => undefined,
            logMigration: () => undefined,
            log: () => undefined,
          },
        }
      : {}),
  });

// Tenant-safe composite foreign keys are written by hand in migrations (TypeORM cannot model a key that shares
// tenant_id with the row's own column); the diff must not propose dropping them.
const HAND_WRITTEN = /"[a-z0-9_]+_tenant_fk"/;

type SqlInMemory = Awaited<ReturnType<ReturnType<DataSource['driver']['createSchemaBuilder']>['log']>>;

/** What TypeORM would change to make the database match the entities (empty when the migrations are complete). */
export const pendingSchemaChanges = async (dataSource: DataSource): Promise<SqlInMemory> => {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  sql.upQueries = sql.upQueries.filter((q) => !HAND_WRITTEN.test(q.query));
  sql.downQueries = sql.downQueries.filter((q) => !HAND_WRITTEN.test(q.query));
  return sql;
};
