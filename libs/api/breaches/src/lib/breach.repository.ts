import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { BreachRisk } from '@klarsicht/compliance-rules/legal-clocks';

export type BreachRow = {
  id: string;
  client_id: string;
  client_name: string;
  title: string;
  description: string;
  discovered_at: Date;
  occurred_at: Date | null;
  data_categories: string[];
  subject_categories: string[];
  approx_subjects: number | null;
  approx_records: number | null;
  likely_consequences: string;
  measures: string;
  risk: BreachRisk;
  authority_code: string | null;
  contact: string | null;
  notified_at: Date | null;
  notification_reference: string | null;
  late_reason: string | null;
  subjects_informed_at: Date | null;
  subjects_communication: string | null;
  created_at: Date;
};

/** The columns a report or an update writes, by their SQL names. */
export type BreachValues = Partial<
  Pick<
    BreachRow,
    | 'title'
    | 'description'
    | 'occurred_at'
    | 'data_categories'
    | 'subject_categories'
    | 'approx_subjects'
    | 'approx_records'
    | 'likely_consequences'
    | 'measures'
    | 'risk'
    | 'authority_code'
    | 'contact'
    | 'notified_at'
    | 'notification_reference'
    | 'late_reason'
    | 'subjects_informed_at'
    | 'subjects_communication'
  >
>;

const COLUMNS = `b.id, b.client_id, c.name AS client_name, b.title, b.description, b.discovered_at, b.occurred_at,
  b.data_categories, b.subject_categories, b.approx_subjects, b.approx_records, b.likely_consequences, b.measures,
  b.risk, b.authority_code, b.contact, b.notified_at, b.notification_reference, b.late_reason,
  b.subjects_informed_at, b.subjects_communication, b.created_at`;
const FROM = `breach b JOIN client c ON c.tenant_id = b.tenant_id AND c.id = b.client_id`;

/** A reminder stage a run claimed, once per recipient: the client's assigned DPO and the firm's owners. */
export type ClaimedBreachReminder = {
  breachId: string;
  clientId: string;
  clientName: string;
  title: string;
  discoveredAt: Date;
  /** The stage: hours since awareness (24 or 48). */
  hours: number;
  userId: string;
  email: string;
  language: 'de' | 'en';
};

/** The breach register of a firm's clients. */
@Injectable()
export class BreachRepository {
  async clientFederalState(ctx: RequestContext, clientId: string): Promise<string | null> {
    const [row] = await ctx.query<{ federal_state: string | null }>(
      `SELECT federal_state FROM client WHERE id = $1`,
      [clientId],
    );
    return row?.federal_state ?? null;
  }

  async insert(
    ctx: RequestContext,
    clientId: string,
    discoveredAt: Date,
    values: BreachValues & { title: string; risk: BreachRisk },
  ): Promise<string> {
    const id = newId();
    const columns = Object.keys(values);
    const params = [id, ctx.tenantId, clientId, discoveredAt, ...Object.values(values)];
    await ctx.query(
      `INSERT INTO breach (id, tenant_id, client_id, discovered_at, ${columns.join(', ')})
       VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')})`,
      params,
    );
    return id;
  }

  async update(ctx: RequestContext, id: string, values: BreachValues): Promise<void> {
    const columns = Object.keys(values);
    if (columns.length === 0) return;
    await ctx.query(
      `UPDATE breach SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
      [id, ...Object.values(values)],
    );
  }

  async find(ctx: RequestContext, id: string, lock = false): Promise<BreachRow | null> {
    const [row] = await ctx.query<BreachRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE b.id = $1${lock ? ' FOR UPDATE OF b' : ''}`,
      [id],
    );
    return row ?? null;
  }

  /** A page, newest awareness first, after the cursor (discovered_at, id), and the total; no client: every one. */
  async page(
    ctx: RequestContext,
    clientId: string | null,
    limit: number,
    cursor: [string, string] | null,
  ): Promise<{ rows: BreachRow[]; total: number }> {
    const params: unknown[] = [ctx.tenantId];
    const scope = clientId
      ? `b.tenant_id = $1 AND b.client_id = $${params.push(clientId)}`
      : 'b.tenant_id = $1';
    const [{ total }] = await ctx.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM breach b WHERE ${scope}`,
      [...params],
    );
    const after = cursor
      ? ` AND (b.discovered_at, b.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`
      : '';
    const rows = await ctx.query<BreachRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${scope}${after}
        ORDER BY b.discovered_at DESC, b.id DESC LIMIT $${params.push(limit + 1)}`,
      params,
    );
    return { rows, total };
  }

  /** Clients of this firm with a breach whose 72 hours passed without notification (the periodic re-evaluation). */
  async clientsWithLateBreaches(ctx: RequestContext): Promise<string[]> {
    const rows = await ctx.query<{ client_id: string }>(
      `SELECT DISTINCT client_id FROM breach WHERE tenant_id = $1 AND risk <> 'NO_RISK' AND notified_at IS NULL
          AND discovered_at + interval '72 hours' < now()`,
      [ctx.tenantId],
    );
    return rows.map((r) => r.client_id);
  }

  /**
   * Claims the reminder stages due now for notifiable, unnotified breaches whose 72 hours are still running, and
   * returns each with its recipients. One statement: the UPDATE re-checks the stage under the row lock, so two
   * concurrent runs never both claim it. A run that finds several stages due (the job was down) sends the latest
   * and claims the earlier ones with it.
   */
  claimReminders(ctx: RequestContext, now: Date, stages: number[]): Promise<ClaimedBreachReminder[]> {
    return ctx.query<ClaimedBreachReminder>(
      `WITH due AS (
         SELECT b.id, max(h.hours) AS hours
           FROM breach b CROSS JOIN unnest($3::int[]) AS h(hours)
          WHERE b.tenant_id = $1 AND b.risk <> 'NO_RISK' AND b.notified_at IS NULL
            AND b.discovered_at + make_interval(hours => h.hours) <= $2
            AND b.discovered_at + interval '72 hours' > $2
            AND NOT (h.hours = ANY (b.reminded_hours))
          GROUP BY b.id),
       claimed AS (
         UPDATE breach b
            SET reminded_hours = ARRAY(
                  SELECT DISTINCT x FROM unnest(b.reminded_hours || ARRAY(
                    SELECT s FROM unnest($3::int[]) AS s WHERE s <= due.hours)) AS x ORDER BY x)
           FROM due
          WHERE b.tenant_id = $1 AND b.id = due.id AND b.notified_at IS NULL
            AND NOT (due.hours = ANY (b.reminded_hours))
         RETURNING b.id, b.client_id, b.title, b.discovered_at, due.hours)
       SELECT cl.id AS "breachId", cl.client_id AS "clientId", c.name AS "clientName", cl.title,
              cl.discovered_at AS "discoveredAt", cl.hours, u.id AS "userId", u.email,
              COALESCE(p.language, 'de') AS language
         FROM claimed cl
         JOIN client c ON c.tenant_id = $1 AND c.id = cl.client_id
         JOIN membership m ON m.tenant_id = $1 AND m.client_id IS NULL
                          AND (m.user_id = c.assigned_dpo_id OR m.role = 'OWNER')
         JOIN app_user u ON u.id = m.user_id
         LEFT JOIN notification_preference p ON p.user_id = u.id
        ORDER BY cl.discovered_at, cl.id, u.id`,
      [ctx.tenantId, now, stages],
    );
  }
}
