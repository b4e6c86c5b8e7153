import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';

/** A reminder this run claimed (reminder_sent written): it goes out now, as a mail and an in-app notification. */
export type ClaimedReminder = {
  itemType: 'task' | 'document' | 'advice';
  itemId: string;
  clientId: string;
  clientName: string;
  title: string;
  dueAt: Date;
  /** Calendar days (Europe/Berlin) before the due date, or negative: overdue (advice: -1 - whole weeks overdue). */
  offsetDays: number;
  userId: string;
  email: string;
  name: string;
  language: 'de' | 'en';
};

/**
 * Deadline reminders (docs/architecture.md § Reminders and digest). One statement per firm, however many items:
 * it finds open tasks (to their assignee) and document reviews on clients that are not archived (to the client's
 * assigned DPO; a client without one gets no review reminder) and advice not yet acknowledged (to each admin of the
 * advised client; due at `due_at`, or 14 days after it was recorded) whose Berlin due date is `offsets` days ahead or
 * past, keeps the recipients who still want reminders, and claims each (item, offset, due date) in reminder_sent.
 * Overdue is offset -1, once; overdue advice is reminded again every week until acknowledged (offset -1 - weeks).
 * ON CONFLICT DO NOTHING RETURNING hands back only what no earlier or concurrent run claimed.
 */
@Injectable()
export class RemindersRepository {
  claimDue(ctx: RequestContext, now: Date, offsets: number[]): Promise<ClaimedReminder[]> {
    return ctx.query<ClaimedReminder>(
      `WITH today AS (SELECT ($2::timestamptz AT TIME ZONE 'Europe/Berlin')::date AS d),
       horizon AS (SELECT ((d + $4::int + 1)::timestamp AT TIME ZONE 'Europe/Berlin') AS until FROM today),
       items AS (
         SELECT 'task'::text AS item_type, t.id AS item_id, t.client_id, c.name AS client_name, t.title,
                t.due_at, t.assignee_id AS user_id
           FROM task t JOIN client c ON c.tenant_id = t.tenant_id AND c.id = t.client_id
          WHERE t.tenant_id = $1 AND t.status IN ('OPEN', 'IN_PROGRESS') AND t.assignee_id IS NOT NULL
            AND c.archived_at IS NULL AND t.due_at < (SELECT until FROM horizon)
         UNION ALL
         SELECT 'document', d.id, d.client_id, c.name, d.title, d.next_review_at, c.assigned_dpo_id
           FROM document d JOIN client c ON c.tenant_id = d.tenant_id AND c.id = d.client_id
          WHERE d.tenant_id = $1 AND d.status <> 'ARCHIVED' AND c.archived_at IS NULL
            AND c.assigned_dpo_id IS NOT NULL AND d.next_review_at < (SELECT until FROM horizon)
         UNION ALL
         SELECT 'advice', a.id, a.client_id, c.name, a.subject, coalesce(a.due_at, a.created_at + interval '14 days'), m.user_id
           FROM advice a JOIN client c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
           JOIN membership m ON m.tenant_id = a.tenant_id AND m.client_id = a.client_id AND m.role = 'CLIENT_ADMIN'
          WHERE a.tenant_id = $1 AND c.archived_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM advice_acknowledgement k WHERE k.tenant_id = a.tenant_id AND k.advice_id = a.id)
            AND coalesce(a.due_at, a.created_at + interval '14 days') < (SELECT until FROM horizon)),
       due AS (
         SELECT i.*, (i.due_at AT TIME ZONE 'Europe/Berlin')::date AS due_on,
                CASE WHEN (i.due_at AT TIME ZONE 'Europe/Berlin')::date < today.d AND i.item_type = 'advice'
                       THEN -1 - (today.d - (i.due_at AT TIME ZONE 'Europe/Berlin')::date - 1) / 7
                     WHEN (i.due_at AT TIME ZONE 'Europe/Berlin')::date < today.d THEN -1
                     ELSE (i.due_at AT TIME ZONE 'Europe/Berlin')::date - today.d END AS offset_days
           FROM items i CROSS JOIN today),
       wanted AS (
         SELECT due.*, u.email, u.name, COALESCE(p.language, 'de') AS language
           FROM due
           JOIN membership m ON m.tenant_id = $1 AND m.user_id = due.user_id
           JOIN app_user u ON u.id = due.user_id
           LEFT JOIN notification_preference p ON p.user_id = due.user_id
          WHERE (due.offset_days < 0 OR due.offset_days = ANY($3::int[]))
            AND COALESCE(p.reminders_enabled, true)),
       claimed AS (
         INSERT INTO reminder_sent (tenant_id, item_type, item_id, offset_days, due_on)
         SELECT $1, item_type, item_id, offset_days, due_on FROM wanted
         ON CONFLICT DO NOTHING
         RETURNING item_id),
       -- An item has one due date and offset per run. A key lookup in an InitPlan (computed once), not a join:
       -- on one-row estimates for both CTEs the planner nest-loops them (25,000² steps, bench/notifications.md).
       keys AS (SELECT COALESCE(jsonb_object_agg(item_id::text, true), '{}') AS k FROM claimed)
       SELECT w.item_type AS "itemType", w.item_id AS "itemId", w.client_id AS "clientId",
              w.client_name AS "clientName", w.title, w.due_at AS "dueAt", w.offset_days AS "offsetDays",
              w.user_id AS "userId", w.email, w.name, w.language
         FROM wanted w WHERE (SELECT k FROM keys) ? w.item_id::text
        ORDER BY w.due_at, w.item_id`,
      [ctx.tenantId, now, offsets, Math.max(0, ...offsets)],
    );
  }
}
