import { Client, Query, type PoolClient, type QueryResult, type QueryResultRow } from 'pg';
import type { QueryRunner } from 'typeorm';

// The one adapter between Klarsicht and the pg driver: everything that reaches below TypeORM or pg's public API is
// here, with its own test (test/integration/pg-adapter.int-spec.ts).

/** The request scope, as row-level security reads it (tenant, client, user; '' when unset). */
export type ScopeValues = readonly [tenantId: string, clientId: string, userId: string];

const SCOPE_STATEMENT = 'ks_scope';
/** Sets the request scope transaction-locally (is_local = true): it ends with the transaction it runs in. */
export const SCOPE_SQL = `SELECT set_config('app.tenant_id', $1, true), set_config('app.client_id', $2, true), set_config('app.user_id', $3, true)`;

const UUID_LITERAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scope as one statement with literals, when every value is empty or a uuid (always, for signed-in users). */
export const inlineScopeSql = (values: ScopeValues): string | null => {
  if (!values.every((v) => v === '' || UUID_LITERAL.test(v))) return null;
  const [tenant, client, user] = values;
  return `SELECT set_config('app.tenant_id', '${tenant}', true), set_config('app.client_id', '${client}', true), set_config('app.user_id', '${user}', true)`;
};

/**
 * pg's Client with one addition: it can be told that the next plain `START TRANSACTION` it sends carries the scope
 * statement along in the same simple-protocol message. So TypeORM's own startTransaction() (and its transaction
 * bookkeeping) opens the transaction and sets the request scope in one round trip. The pool makes these clients
 * (`extra.Client` of the data source, apps/api/src/database/data-source.ts).
 */
export class ScopedBeginClient extends Client {
  pendingBegin: string | null = null;

  override query(...args: unknown[]): never {
    const pending = this.pendingBegin;
    if (pending !== null && args[0] === 'START TRANSACTION' && args[1] === undefined) {
      this.pendingBegin = null;
      args[0] = `START TRANSACTION; ${pending}`;
    }
    return (super.query as (...a: unknown[]) => never).apply(this, args);
  }
}

/**
 * Opens the runner's transaction with `scopeSql` in the same round trip, when the pool made a ScopedBeginClient;
 * returns false (nothing sent) otherwise, and the caller sets the scope itself.
 */
export const beginScoped = async (runner: QueryRunner, scopeSql: string): Promise<boolean> => {
  const connection = connectionOf(runner);
  if (!(connection instanceof ScopedBeginClient)) return false;
  connection.pendingBegin = scopeSql;
  try {
    await runner.startTransaction();
  } finally {
    // Never left behind for the next request on this pooled connection, whatever happened.
    connection.pendingBegin = null;
  }
  return true;
};

/** The pg connection a TypeORM query runner holds (TypeORM keeps it as a public but untyped field). */
export const connectionOf = (runner: QueryRunner): PoolClient =>
  (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;

// The parts of pg's connection that pg's own Query uses to send a prepared statement (pg-cursor uses the same).
type Wire = {
  bind(message: { portal: string; statement: string; values: readonly string[] }): void;
  describe(message: { type: 'P'; name: string }): void;
  execute(message: { portal: string }): void;
};

/**
 * pg's Query for a prepared statement, with the request scope sent in front of it in the same pipeline:
 *   Bind/Describe/Execute `ks_scope` (set_config … is_local = true), then pg's own Parse?/Bind/Describe/Execute of
 *   the statement, then one Sync.
 * PostgreSQL runs everything up to a Sync that has no BEGIN as one implicit transaction, so the statement runs with
 * the scope set and the scope ends with that transaction at the Sync: one round trip instead of three
 * (START TRANSACTION with the scope, the statement, COMMIT), and nothing carried over on the pooled connection.
 * If any part fails, PostgreSQL skips the rest up to the Sync and rolls the implicit transaction back.
 */
class ScopedQuery extends Query {
  constructor(
    private readonly scope: ScopeValues,
    config: {
      name: string;
      text: string;
      values: unknown[];
      callback: (error: Error | null, result: unknown) => void;
    },
  ) {
    super(config as never);
  }

  prepare(connection: Wire): void {
    connection.bind({ portal: '', statement: SCOPE_STATEMENT, values: this.scope });
    connection.describe({ type: 'P', name: '' });
    connection.execute({ portal: '' });
    (Query.prototype as unknown as { prepare(connection: Wire): void }).prepare.call(this, connection);
  }
}

// Connections on which `ks_scope` is prepared. It is prepared by an ordinary query of its own, never inside the
// pipeline: pg files every ParseComplete under the active query's name, so a Parse of ours there could mark the
// caller's statement as prepared when its own Parse then failed.
const prepared = new WeakSet<PoolClient>();

/**
 * Runs one prepared statement in its own implicit transaction with the request scope set for it (see ScopedQuery).
 * For a read that is the whole of its operation's database work: under READ COMMITTED every statement takes its
 * own snapshot anyway, so a lone read sees exactly what it would see inside an explicit transaction.
 */
export const queryScoped = async <T extends QueryResultRow>(
  connection: PoolClient,
  scope: ScopeValues,
  statement: { name: string; text: string; values: unknown[] },
): Promise<T[]> => {
  if (!prepared.has(connection)) {
    await connection.query({ name: SCOPE_STATEMENT, text: SCOPE_SQL, values: ['', '', ''] });
    prepared.add(connection);
  }
  const results = await new Promise<unknown>((resolve, reject) => {
    const query = new ScopedQuery(scope, {
      ...statement,
      callback: (error, result) => (error ? reject(error) : resolve(result)),
    });
    void connection.query(query as never);
  });
  // Two results: the scope's row, then the statement's rows.
  const all = results as QueryResult<T>[];
  return all[all.length - 1].rows;
};
