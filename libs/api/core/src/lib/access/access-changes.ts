import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Role } from '@klarsicht/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { newId } from '../database/tenant-owned';
import type { RequestContext } from '../context/request-context';

/** A member's rights since `changedAt`: `role` null means none (removed, or the client's portal closed). */
export type AccessChange = { role: Role | null; clientId: string | null; changedAt: number };

type ChangeRow = {
  tenantId: string;
  userId: string;
  role: Role | null;
  clientId: string | null;
  changedAt: string;
};

const CHANNEL = 'klarsicht_access';
// While the listening connection is down it is re-opened (and the table re-read) this often.
export const ACCESS_CHANGE_RECONNECT_MS = 2000;

/**
 * Revocation without a database round trip on the read path (docs/security.md, "Revocation"). Access tokens carry
 * role and client; when a member's rights change, the change is written to `access_change` in the same
 * transaction, and every replica keeps the changes of the last token lifetime in memory: here at once after the
 * commit, elsewhere through NOTIFY klarsicht_access (a trigger on the table). A token issued at or before a change
 * is answered with the changed rights. A replica whose listening connection broke re-reads the table when it is
 * back, so no change is missed.
 */
@Injectable()
export class AccessChanges implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AccessChanges');
  private readonly changes = new Map<string, AccessChange>();
  private listener: Client | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get ttlMs(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS * 1000;
  }

  /** The change that applies to a token issued at `issuedAtMs`, if any. */
  changeFor(tenantId: string, userId: string, issuedAtMs: number): AccessChange | null {
    const change = this.changes.get(`${tenantId}:${userId}`);
    if (!change) return null;
    if (change.changedAt < Date.now() - this.ttlMs) {
      this.changes.delete(`${tenantId}:${userId}`);
      return null;
    }
    return issuedAtMs <= change.changedAt ? change : null;
  }

  /**
   * Records the change in the request's transaction and ends the member's sessions in this firm (their refresh
   * tokens); this replica applies it once that commits, the others when PostgreSQL notifies them.
   */
  async record(
    ctx: RequestContext,
    change: { userId: string; role: Role | null; clientId: string | null },
  ): Promise<void> {
    const changedAt = new Date();
    await ctx.query(`DELETE FROM access_change WHERE tenant_id = $1 AND changed_at < $2`, [
      ctx.tenantId,
      new Date(changedAt.getTime() - this.ttlMs),
    ]);
    await ctx.query(
      `INSERT INTO access_change (id, tenant_id, user_id, role, client_id, changed_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [newId(), ctx.tenantId, change.userId, change.role, change.clientId, changedAt],
    );
    await ctx.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND active_tenant_id = $2 AND revoked_at IS NULL`,
      [change.userId, ctx.tenantId],
    );
    const tenantId = ctx.tenantId;
    ctx.afterCommit(() => this.apply({ tenantId, ...change, changedAt: changedAt.toISOString() }));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.dataSource.isInitialized) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private apply(row: ChangeRow): void {
    const key = `${row.tenantId}:${row.userId}`;
    const changedAt = new Date(row.changedAt).getTime();
    const known = this.changes.get(key);
    if (known && known.changedAt >= changedAt) return;
    this.changes.set(key, { role: row.role, clientId: row.clientId, changedAt });
  }

  private async listen(): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: url, application_name: 'klarsicht-access-changes' });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (this.listener === client) this.listener = null;
      this.scheduleReconnect();
    });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        this.apply(JSON.parse(message.payload) as ChangeRow);
      } catch {
        this.logger.warn('Ignored a malformed access-change notification');
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // Read after listening: a change committed in between is seen twice, never missed.
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.system', 'on', true)`);
      const { rows } = await client.query<ChangeRow>(
        `SELECT tenant_id AS "tenantId", user_id AS "userId", role, client_id AS "clientId", changed_at AS "changedAt"
           FROM access_change WHERE changed_at >= $1`,
        [new Date(Date.now() - this.ttlMs)],
      );
      await client.query('COMMIT');
      for (const row of rows) this.apply(row);
      if (this.stopped) {
        await client.end();
        return;
      }
      this.listener = client;
    } catch (error) {
      this.logger.warn(`Listening for access changes failed (${(error as Error).message}); retrying`);
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      if (!this.listener && !this.stopped) void this.listen();
    }, ACCESS_CHANGE_RECONNECT_MS);
    this.reconnect.unref();
  }
}
