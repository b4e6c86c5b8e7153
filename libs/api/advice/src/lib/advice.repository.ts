import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { AdviceDecision, AdviceStatus } from './advice.enums';

export type AdviceRow = {
  id: string;
  client_id: string;
  client_name: string;
  subject: string;
  body: string;
  recommendation: string;
  risk_if_ignored: string;
  related_rule_ids: string[];
  due_at: Date | null;
  created_at: Date;
  recorded_by_name: string | null;
  decision: AdviceDecision | null;
  comment: string | null;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
};

const SELECT = `SELECT a.id, a.client_id, c.name AS client_name, a.subject, a.body, a.recommendation, a.risk_if_ignored,
         a.related_rule_ids, a.due_at, a.created_at, r.name AS recorded_by_name,
         k.decision, k.comment, k.acknowledged_at, u.name AS acknowledged_by_name
    FROM advice a
    JOIN client c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
    LEFT JOIN app_user r ON r.id = a.recorded_by
    LEFT JOIN advice_acknowledgement k ON k.tenant_id = a.tenant_id AND k.advice_id = a.id
    LEFT JOIN app_user u ON u.id = k.acknowledged_by`;

export type NewAdvice = {
  clientId: string;
  subject: string;
  body: string;
  recommendation: string;
  riskIfIgnored: string;
  relatedRuleIds: string[];
  dueAt: Date | null;
};

/** Advice and acknowledgements: insert and read only (the runtime role may not change them). */
@Injectable()
export class AdviceRepository {
  async insert(ctx: RequestContext, advice: NewAdvice): Promise<string> {
    const id = newId();
    await ctx.query(
      `INSERT INTO advice (id, tenant_id, client_id, subject, body, recommendation, risk_if_ignored, related_rule_ids, due_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        ctx.tenantId,
        advice.clientId,
        advice.subject,
        advice.body,
        advice.recommendation,
        advice.riskIfIgnored,
        advice.relatedRuleIds,
        advice.dueAt,
        ctx.principal.userId,
      ],
    );
    return id;
  }

  /** False when the advice was acknowledged already (one acknowledgement per advice). */
  async acknowledge(
    ctx: RequestContext,
    adviceId: string,
    clientId: string,
    decision: AdviceDecision,
    comment: string,
  ): Promise<boolean> {
    const rows = await ctx.query<{ advice_id: string }>(
      `WITH inserted AS (
         INSERT INTO advice_acknowledgement (tenant_id, advice_id, client_id, decision, comment, acknowledged_by)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING advice_id)
       SELECT advice_id FROM inserted`,
      [ctx.tenantId, adviceId, clientId, decision, comment, ctx.principal.userId],
    );
    return rows.length === 1;
  }

  async find(ctx: RequestContext, id: string): Promise<AdviceRow | null> {
    const [row] = await ctx.query<AdviceRow>(`${SELECT} WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  /** Newest first; RLS keeps a client user to their own client. */
  list(ctx: RequestContext, clientId: string | null, status: AdviceStatus | null): Promise<AdviceRow[]> {
    return ctx.query<AdviceRow>(
      `${SELECT}
        WHERE ($1::uuid IS NULL OR a.client_id = $1)
          AND ($2::text IS NULL OR coalesce(k.decision, 'OPEN') = $2)
        ORDER BY a.created_at DESC, a.id DESC LIMIT 500`,
      [clientId, status],
    );
  }
}
