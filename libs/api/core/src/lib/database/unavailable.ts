/**
 * Whether an error means "the database cannot serve this right now" (unreachable, restarting, overloaded, out of
 * disk, or the statement/lock timeout hit) as opposed to a bug or bad input. Such errors reach clients as
 * SERVICE_UNAVAILABLE (HTTP 503 with Retry-After), never as an internal error; see docs/operations.md.
 */

// SQLSTATE classes and codes: 08 connection exception, 53 insufficient resources (disk full, out of memory, too
// many connections), 57P01-57P03 shutdown / cannot connect now, 57014 statement timeout, 55P03 lock timeout,
// 25006 read-only transaction (a failover left us on a standby).
const UNAVAILABLE_SQLSTATE = /^(08...|53...|57P0[1-3]|57014|55P03|25006)$/;
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// node-postgres reports lost connections and pool timeouts as plain Errors with these messages.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to (administrator command|idle-session timeout)|Query read timeout/i;

/** The database connection broke while a transaction was finishing (its driver error is the cause). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database connection was lost', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// TypeORM releases a query runner whose connection broke (its pool client emitted 'error'); the request's next
// statement then fails with one of these. A runner used after the request finished fails earlier, in
// RequestContext ("used after it finished"), so here they mean a lost connection.
const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

const causesOf = (error: object): unknown[] => {
  const e = error as { driverError?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  return [e.driverError, e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])];
};

export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  if (error instanceof Error && RELEASED_RUNNER_ERRORS.has(error.name)) return true;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE_CODES.has(code)))
    return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  return causesOf(error).some((cause) => isDatabaseUnavailable(cause, depth + 1));
};
