import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';

export type NewNotification = {
  userId: string;
  clientId: string | null;
  kind: string;
  data: Record<string, unknown>;
  entityType: string | null;
  entityId: string | null;
};

export type NotificationRow = {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  clientId: string | null;
  entityType: string | null;
  entityId: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export type Recipient = {
  id: string;
  email: string;
  name: string;
  language: 'de' | 'en';
  remindersEnabled: boolean;
};

/** In-app notifications: written for any member of the firm, read and marked by their recipient only (RLS). */
@Injectable()
export class NotificationsRepository {
  /** All in one statement, without RETURNING (the writer may not read another member's notifications). */
  async insert(ctx: RequestContext, rows: NewNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await ctx.query(
      `INSERT INTO notification (id, tenant_id, user_id, client_id, kind, data, entity_type, entity_id)
       SELECT n.id, $1, n.user_id, n.client_id, n.kind, n.data, n.entity_type, n.entity_id
         FROM jsonb_to_recordset($2::jsonb) AS n(id uuid, user_id uuid, client_id uuid, kind text, data jsonb, entity_type text, entity_id uuid)`,
      [
        ctx.tenantId,
        JSON.stringify(
          rows.map((r) => ({
            id: newId(),
            user_id: r.userId,
            client_id: r.clientId,
            kind: r.kind,
            data: r.data,
            entity_type: r.entityType,
            entity_id: r.entityId,
          })),
        ),
      ],
    );
  }

  /** A page, newest first, after (createdAt, id); `limit + 1` rows tell whether there is a next page. */
  page(
    ctx: RequestContext,
    userId: string,
    options: { unreadOnly: boolean; limit: number; after: [string, string] | null },
  ): Promise<NotificationRow[]> {
    const params: unknown[] = [ctx.tenantId, userId, options.limit + 1];
    const where = [`tenant_id = $1`, `user_id = $2`];
    if (options.unreadOnly) where.push('read_at IS NULL');
    if (options.after)
      where.push(
        `(created_at, id) < ($${params.push(options.after[0])}::timestamptz, $${params.push(options.after[1])}::uuid)`,
      );
    return ctx.query<NotificationRow>(
      `SELECT id, kind, data, client_id AS "clientId", entity_type AS "entityType", entity_id AS "entityId",
              created_at AS "createdAt", read_at AS "readAt"
         FROM notification WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $3`,
      params,
    );
  }

  /** The member's totals in this firm, and the language their titles are written in (one read). */
  async counts(
    ctx: RequestContext,
    userId: string,
  ): Promise<{ total: number; unread: number; language: 'de' | 'en' }> {
    const [row] = await ctx.query<{ total: number; unread: number; language: 'de' | 'en' }>(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE read_at IS NULL))::int AS unread,
              COALESCE((SELECT language FROM notification_preference WHERE user_id = $2), 'de') AS language
         FROM notification WHERE tenant_id = $1 AND user_id = $2`,
      [ctx.tenantId, userId],
    );
    return row ?? { total: 0, unread: 0, language: 'de' };
  }

  /** Marks the member's own notifications read (all unread ones without ids); returns how many changed. */
  async markRead(ctx: RequestContext, userId: string, ids: string[] | null): Promise<number> {
    const rows = await ctx.query<{ id: string }>(
      `WITH changed AS (
         UPDATE notification SET read_at = now()
          WHERE tenant_id = $1 AND user_id = $2 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
          RETURNING id)
       SELECT id FROM changed`,
      [ctx.tenantId, userId, ids],
    );
    return rows.length;
  }

  /** Accounts to notify, with their language; only members of the caller's firm are found. */
  recipients(ctx: RequestContext, userIds: string[]): Promise<Recipient[]> {
    return ctx.query<Recipient>(
      `SELECT u.id, u.email, u.name, COALESCE(p.language, 'de') AS language,
              COALESCE(p.reminders_enabled, true) AS "remindersEnabled"
         FROM membership m JOIN app_user u ON u.id = m.user_id
         LEFT JOIN notification_preference p ON p.user_id = u.id
        WHERE m.tenant_id = $1 AND m.user_id = ANY($2::uuid[])`,
      [ctx.tenantId, userIds],
    );
  }
}
