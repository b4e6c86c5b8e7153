import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inSystemScope, type RequestContext } from '@klarsicht/api-core';

export type NewOutboxMessage = {
  id: string;
  userId: string | null;
  recipient: string;
  /** Used when the recipient has no account with a language preference; null: German. */
  language: 'de' | 'en' | null;
  template: string;
  data: Record<string, unknown>;
  secret: Buffer | null;
};

export type OutboxRow = {
  id: string;
  tenantId: string;
  recipient: string;
  language: 'de' | 'en';
  template: string;
  data: Record<string, unknown>;
  secret: Buffer | null;
  attempts: number;
  firmName: string;
};

export type OutboxStatus = 'QUEUED' | 'SENT' | 'FAILED';

/** The mail outbox: rows written with the change that causes them, taken by the delivery job one at a time. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** All messages in one statement, in the caller's transaction (and firm). */
  async insert(ctx: RequestContext, messages: NewOutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await ctx.query(
      `INSERT INTO outbox_message (id, tenant_id, user_id, recipient, language, template, data, secret)
       SELECT m.id, $1, m.user_id, m.recipient,
              COALESCE((SELECT p.language FROM notification_preference p WHERE p.user_id = m.user_id),
                       (SELECT p.language FROM app_user u JOIN notification_preference p ON p.user_id = u.id WHERE u.email = m.recipient),
                       m.language, 'de'),
              m.template, m.data, decode(m.secret, 'base64')
         FROM jsonb_to_recordset($2::jsonb) AS m(id uuid, user_id uuid, recipient text, language text, template text, data jsonb, secret text)`,
      [
        ctx.tenantId,
        JSON.stringify(
          messages.map((m) => ({
            id: m.id,
            user_id: m.userId,
            recipient: m.recipient,
            language: m.language,
            template: m.template,
            data: m.data,
            secret: m.secret?.toString('base64') ?? null,
          })),
        ),
      ],
    );
  }

  /** The due messages of every firm, or of the given ones (ids and firm only), oldest first: read in the system scope. */
  async due(limit: number, tenantIds: string[] | null): Promise<{ id: string; tenantId: string }[]> {
    return this.asSystem((manager) =>
      manager.query(
        `SELECT id, tenant_id AS "tenantId" FROM outbox_message
          WHERE status = 'QUEUED' AND next_attempt_at <= now() AND ($2::uuid[] IS NULL OR tenant_id = ANY($2::uuid[]))
          ORDER BY next_attempt_at, id LIMIT $1`,
        [limit, tenantIds],
      ),
    );
  }

  /** Deletes sent and failed mail older than `days` in every firm; returns how many. */
  async purge(days: number): Promise<number> {
    return this.asSystem(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `WITH gone AS (
           DELETE FROM outbox_message WHERE status <> 'QUEUED' AND created_at < now() - make_interval(days => $1)
           RETURNING id)
         SELECT id FROM gone`,
        [days],
      );
      return rows.length;
    });
  }

  /**
   * One due message, locked for this delivery: a second worker skips it, and a message sent meanwhile is no longer
   * QUEUED. The lock holds until the caller's transaction ends, so a mail is handed to the transport once per row.
   */
  async claim(ctx: RequestContext, id: string): Promise<OutboxRow | null> {
    const [row] = await ctx.query<OutboxRow>(
      `SELECT o.id, o.tenant_id AS "tenantId", o.recipient, o.language, o.template, o.data, o.secret, o.attempts,
              t.name AS "firmName"
         FROM outbox_message o JOIN tenant t ON t.id = o.tenant_id
        WHERE o.id = $1 AND o.status = 'QUEUED' AND o.next_attempt_at <= now()
        FOR UPDATE OF o SKIP LOCKED`,
      [id],
    );
    return row ?? null;
  }

  /** Sent: the link token is wiped, only the fact remains. */
  async markSent(ctx: RequestContext, id: string): Promise<void> {
    await ctx.query(
      `UPDATE outbox_message SET status = 'SENT', sent_at = now(), attempts = attempts + 1, secret = NULL, last_error = NULL
        WHERE id = $1`,
      [id],
    );
  }

  /** A failed attempt: retried after `retryInSeconds`, or FAILED for good (the token wiped) when none is left. */
  async markAttemptFailed(
    ctx: RequestContext,
    id: string,
    error: string,
    retryInSeconds: number | null,
  ): Promise<void> {
    await ctx.query(
      `UPDATE outbox_message
          SET attempts = attempts + 1, last_error = $2,
              status = CASE WHEN $3::float8 IS NULL THEN 'FAILED' ELSE 'QUEUED' END,
              secret = CASE WHEN $3::float8 IS NULL THEN NULL ELSE secret END,
              next_attempt_at = now() + make_interval(secs => COALESCE($3::float8, 0))
        WHERE id = $1`,
      [id, error.slice(0, 500), retryInSeconds],
    );
  }

  /** Its own transaction in the system scope (every firm's rows, as the policies for the delivery job allow). */
  private asSystem<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inSystemScope(this.dataSource, work);
  }
}
