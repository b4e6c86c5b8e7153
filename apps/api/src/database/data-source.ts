import { DataSource } from 'typeorm';
import { ScopedBeginClient } from '@klarsicht/api-core';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type DataSourceOptions = {
  url: string;
  poolSize?: number;
  applicationName?: string;
  // PostgreSQL cancels a statement after this long (and the client gives up a second later); unset = no limit.
  statementTimeoutMs?: number;
  // How long a caller waits for a pooled or a new connection; unset = as long as it takes.
  acquireTimeoutMs?: number;
  // Observes every SQL statement (tests count statements with it).
  onQuery?: (sql: string) => void;
};

export const createDataSource = ({
  url,
  poolSize = 10,
  applicationName = 'klarsicht',
  statementTimeoutMs,
  acquireTimeoutMs,
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
    extra: {
      max: poolSize,
      Client: ScopedBeginClient,
      // Nothing waits forever: a dead or slow database becomes an error, and the request answers 503 (errors.ts).
      ...(acquireTimeoutMs ? { connectionTimeoutMillis: acquireTimeoutMs } : {}),
      ...(statementTimeoutMs
        ? { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + 1000 }
        : {}),
      // Detects connections a failover or a cut network left half-open.
      keepAlive: true,
    },
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
