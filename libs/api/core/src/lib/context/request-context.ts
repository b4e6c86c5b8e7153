import { createHash } from 'node:crypto';
import type { PoolClient, QueryResultRow } from 'pg';
import type {
  DataSource,
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  QueryRunner,
  Repository,
} from 'typeorm';
import type { ApiScope, Role } from '@klarsicht/shared';
import type { ActorType, AuditEntry, AuditSink } from '../audit/audit-sink';
import { unauthenticated } from '../errors';
import { anonymizeIp } from '../crypto/crypto.util';
import {
  beginScoped,
  connectionOf,
  inlineScopeSql,
  queryScoped,
  SCOPE_SQL,
  type ScopeValues,
} from '../database/pg-adapter';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../database/unavailable';

export type Actor = { type: ActorType; id: string | null; label: string };

export type Principal = {
  actor: Actor;
  userId: string | null;
  tenantId: string | null;
  role: Role | null;
  // Set for client roles and client-bound API keys: everything outside this client is invisible.
  clientId: string | null;
  // Set for API keys only.
  scopes: readonly ApiScope[] | null;
  // The firm requires two-factor sign-in and this staff member has none yet: only its setup is allowed.
  twoFactorSetupRequired?: boolean;
  // Opened by the firm's single sign-on: the session stays in that firm (no switchTenant).
  ssoBound?: boolean;
};

export type RequestMeta = { ip: string | null; userAgent: string | null; requestId: string | null };

export const ANONYMOUS: Principal = {
  actor: { type: 'PUBLIC', id: null, label: 'public' },
  userId: null,
  tenantId: null,
  role: null,
  clientId: null,
  scopes: null,
};

/** No role, no user: sees only what the tenant scope allows a public page (consent links, invitations). */
export const publicPrincipal = (tenantId: string, actor: Actor = ANONYMOUS.actor): Principal => ({
  ...ANONYMOUS,
  actor,
  tenantId,
});

export type AuditInput = Omit<
  AuditEntry,
  | 'tenantId'
  | 'actorType'
  | 'actorId'
  | 'actorLabel'
  | 'ip'
  | 'userAgent'
  | 'requestId'
  | 'occurredAt'
  | 'clientId'
  | 'changes'
  | 'entityId'
> & {
  entityId?: string | null;
  clientId?: string | null;
  changes?: Record<string, unknown> | null;
  tenantId?: string;
};

/**
 * One request (GraphQL operation, REST call, job): who is acting, and the single database transaction
 * every read and write of the request runs in, with the tenant and client scope set transaction-locally
 * for row-level security. Audit entries are buffered and written in the same transaction, just before COMMIT.
 *
 * The one exception is a read-only operation (a GraphQL query) whose reads are hot prepared statements: each
 * runs with the scope in its own implicit transaction, in one round trip (see `prepared`). The request still
 * holds one pooled connection from its first statement to its end.
 */
export class RequestContext {
  private runner: QueryRunner | null = null;
  private connecting: Promise<QueryRunner> | null = null;
  private opening: Promise<EntityManager> | null = null;
  private readonly pendingAudit: AuditEntry[] = [];
  private readonly onCommit: (() => void)[] = [];
  private finished = false;
  private readOnly = false;
  readonly loaders = new Map<string, unknown>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly auditSink: AuditSink,
    private current: Principal,
    readonly meta: RequestMeta,
  ) {}

  get principal(): Principal {
    return this.current;
  }

  get actor(): Actor {
    return this.current.actor;
  }

  get isAuthenticated(): boolean {
    return this.current.tenantId !== null;
  }

  /** The tenant of this request; throws when the request is not authenticated. */
  get tenantId(): string {
    if (!this.current.tenantId) throw unauthenticated();
    return this.current.tenantId;
  }

  get clientScope(): string | null {
    return this.current.clientId;
  }

  /** Replace the principal (sign-in, sign-up, switch); re-applies the database scope if a transaction is open. */
  async become(principal: Principal): Promise<void> {
    this.current = principal;
    if (this.runner?.isTransactionActive) await this.applyScope(this.runner);
  }

  /** The operation only reads (a GraphQL query): lone prepared reads may run without an explicit transaction. */
  markReadOnly(): void {
    this.readOnly = true;
  }

  async manager(): Promise<EntityManager> {
    if (this.finished) throw new Error('RequestContext used after it finished');
    this.opening ??= this.open();
    return this.opening;
  }

  async repo<T extends ObjectLiteral>(target: EntityTarget<T>): Promise<Repository<T>> {
    return (await this.manager()).getRepository(target);
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.manager()).query(sql, params);
  }

  /**
   * A hot read as a named prepared statement: PostgreSQL plans it once per connection instead of on every call.
   * The name is derived from the SQL text, so keep values in `params`. Inside a transaction it runs there. In a
   * read-only operation before any transaction, it runs in one round trip with the scope in front of it, as its
   * own implicit transaction (READ COMMITTED gives each statement its own snapshot either way).
   */
  async prepared<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const name = statementName(sql);
    if (this.dataSource.options.logging) this.dataSource.logger.logQuery(sql, params);
    if (this.readOnly && !this.opening) {
      const runner = await this.connect();
      return queryScoped<T & QueryResultRow>(connectionOf(runner), this.scopeValues(), {
        name,
        text: sql,
        values: params,
      });
    }
    const connection = await this.connection();
    return (await connection.query<T & QueryResultRow>({ name, text: sql, values: params })).rows;
  }

  /** The transaction's own pg connection, for streaming (COPY); it carries the same tenant scope as every query. */
  async connection(): Promise<PoolClient> {
    await this.manager();
    if (!this.runner) throw new Error('RequestContext has no connection');
    return connectionOf(this.runner);
  }

  audit(input: AuditInput): void {
    const tenantId = input.tenantId ?? this.tenantId;
    this.pendingAudit.push({
      tenantId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      clientId: input.clientId ?? null,
      changes: input.changes ?? null,
      actorType: this.current.actor.type,
      actorId: this.current.actor.id,
      actorLabel: this.current.actor.label,
      ip: anonymizeIp(this.meta.ip),
      userAgent: this.meta.userAgent,
      requestId: this.meta.requestId,
      occurredAt: new Date(),
    });
  }

  /** Runs `effect` once this request's transaction has committed (never when it rolls back). */
  afterCommit(effect: () => void): void {
    this.onCommit.push(effect);
  }

  /** Commit (flushing audit entries first) or roll back, and return the connection to the pool. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    const hasAudit = commit && this.pendingAudit.length > 0;
    // Audit entries without any other database work still need a transaction of their own.
    if (!this.opening && hasAudit) await this.manager();
    this.finished = true;
    // A connection still being taken from the pool is released once it arrives.
    const runner = this.runner ?? (this.connecting ? await this.connecting.catch(() => null) : null);
    if (!runner) return;
    try {
      // Without a transaction only scoped single-statement reads ran; each ended with its own implicit transaction.
      if (runner.isTransactionActive && commit) {
        if (this.pendingAudit.length > 0)
          await this.auditSink.append(runner.manager, this.pendingAudit.splice(0));
        await runner.commitTransaction();
        for (const effect of this.onCommit.splice(0)) effect();
      } else if (runner.isTransactionActive) {
        await runner.rollbackTransaction().catch((error: unknown) => {
          // A connection that broke has no transaction left to roll back: the server aborted it.
          if (!runner.isReleased && !isDatabaseUnavailable(error)) throw error;
        });
      }
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      // TypeORM releases a runner whose connection broke: the commit never reached the server, or its answer was lost.
      throw runner.isReleased && !isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await runner.release();
    }
  }

  /** The request's pooled connection, taken on first use; no transaction is started here. */
  private connect(): Promise<QueryRunner> {
    if (this.finished) throw new Error('RequestContext used after it finished');
    this.connecting ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      this.runner = runner;
      return runner;
    })();
    return this.connecting;
  }

  private async open(): Promise<EntityManager> {
    const runner = await this.connect();
    try {
      const scope = inlineScopeSql(this.scopeValues());
      if (!scope || !(await beginScoped(runner, scope))) {
        await runner.startTransaction();
        await this.applyScope(runner);
      }
    } catch (error) {
      this.runner = null;
      this.connecting = null;
      await runner.release();
      throw error;
    }
    return runner.manager;
  }

  private scopeValues(): ScopeValues {
    return [this.current.tenantId ?? '', this.current.clientId ?? '', this.current.userId ?? ''];
  }

  private async applyScope(runner: QueryRunner): Promise<void> {
    // Transaction-local (is_local = true): a pooled connection never carries one request's scope into the next.
    await runner.query(SCOPE_SQL, [...this.scopeValues()]);
  }
}

const statementNames = new Map<string, string>();
/** A stable name per SQL text, hashed once (the texts are a small fixed set built from code, not from input). */
const statementName = (sql: string): string => {
  let name = statementNames.get(sql);
  if (!name)
    statementNames.set(sql, (name = `ks_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`));
  return name;
};
