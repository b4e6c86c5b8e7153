import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { DigestKind, DigestSection } from '../templates/deadline.templates';

/** A member whose digest is due this hour, with what they may see (at most `cap` lines per section). */
export type DigestMember = {
  userId: string;
  email: string;
  name: string;
  language: 'de' | 'en';
  sections: Partial<Record<DigestKind, DigestSection>>;
};

export const DIGEST_SECTION_CAP = 20;

/**
 * The daily digest (docs/architecture.md § Reminders and digest). `due` is one statement per firm: the members
 * whose digest is on, at this Berlin hour and not yet sent today; the items once per scope those members have
 * (the whole firm for staff, one client for a client user), ranked and capped per section; each member joined to
 * their scope. Never another firm: every table is filtered on the firm (and RLS scopes the job to it).
 */
@Injectable()
export class DigestRepository {
  due(ctx: RequestContext, now: Date, hour: number, day: string): Promise<DigestMember[]> {
    return ctx.query<DigestMember>(
      `WITH members AS (
         SELECT m.user_id, m.client_id, u.email, u.name, COALESCE(p.language, 'de') AS language
           FROM membership m JOIN app_user u ON u.id = m.user_id
           LEFT JOIN notification_preference p ON p.user_id = m.user_id
          WHERE m.tenant_id = $1 AND COALESCE(p.digest_enabled, true) AND COALESCE(p.digest_hour, 7) = $3
            AND NOT EXISTS (SELECT 1 FROM digest_sent s WHERE s.tenant_id = $1 AND s.user_id = m.user_id AND s.day = $4::date)),
       scopes AS (SELECT DISTINCT client_id AS scope FROM members),
       live AS (SELECT id, name FROM client WHERE tenant_id = $1 AND archived_at IS NULL),
       items AS (
         SELECT CASE WHEN t.due_at < $2 THEN 'overdueTasks' ELSE 'dueTasks' END AS kind, t.id, t.client_id,
                t.title, c.name AS client_name, t.due_at AS at, NULL::int AS count
           FROM task t JOIN live c ON c.id = t.client_id
          WHERE t.tenant_id = $1 AND t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_at < $2::timestamptz + interval '7 days'
         UNION ALL
         SELECT 'dueReviews', d.id, d.client_id, d.title, c.name, d.next_review_at, NULL
           FROM document d JOIN live c ON c.id = d.client_id
          WHERE d.tenant_id = $1 AND d.status <> 'ARCHIVED' AND d.next_review_at < $2::timestamptz + interval '30 days'
         UNION ALL
         SELECT 'staleOptIns', r.client_id, r.client_id, '', c.name, min(r.requested_at), count(*)::int
           FROM consent_record r JOIN live c ON c.id = r.client_id
          WHERE r.tenant_id = $1 AND r.status = 'PENDING' AND r.requested_at < $2::timestamptz - interval '3 days'
            AND (r.expires_at IS NULL OR r.expires_at > $2)
          GROUP BY r.client_id, c.name),
       ranked AS (
         SELECT s.scope, i.*, row_number() OVER (PARTITION BY s.scope, i.kind ORDER BY i.at, i.id) AS rn,
                count(*) OVER (PARTITION BY s.scope, i.kind) AS total
           FROM scopes s JOIN items i ON s.scope IS NULL OR s.scope = i.client_id),
       sections AS (
         SELECT scope, kind, jsonb_build_object('total', max(total),
                  'items', jsonb_agg(jsonb_build_object('title', title, 'clientName', client_name, 'at', at, 'count', count)
                                     ORDER BY rn) FILTER (WHERE rn <= $5)) AS section
           FROM ranked GROUP BY scope, kind),
       per_scope AS (SELECT scope, jsonb_object_agg(kind, section) AS sections FROM sections GROUP BY scope)
       SELECT m.user_id AS "userId", m.email, m.name, m.language, COALESCE(ps.sections, '{}') AS sections
         FROM members m LEFT JOIN per_scope ps ON ps.scope IS NOT DISTINCT FROM m.client_id
        ORDER BY m.user_id`,
      [ctx.tenantId, now, hour, day, DIGEST_SECTION_CAP],
    );
  }

  /** Marks today's digest of these members sent; returns those no other run marked first. */
  async claim(ctx: RequestContext, userIds: string[], day: string): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await ctx.query<{ userId: string }>(
      `INSERT INTO digest_sent (tenant_id, user_id, day)
       SELECT $1, u, $3::date FROM unnest($2::uuid[]) AS u
       ON CONFLICT DO NOTHING RETURNING user_id AS "userId"`,
      [ctx.tenantId, userIds, day],
    );
    return rows.map((r) => r.userId);
  }
}
