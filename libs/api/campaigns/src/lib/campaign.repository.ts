import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { ComplianceLevel } from '@klarsicht/compliance-rules';

export type CampaignQuestion = { key: string; textDe: string; textEn: string };
export type CampaignRow = {
  id: string;
  title: string;
  body: string;
  questions: CampaignQuestion[];
  due_at: Date | null;
  created_at: Date;
};
export type ProgressRow = {
  client_id: string;
  client_name: string;
  answered: number;
  verified: number;
  task_status: string | null;
};
export type CampaignListRow = {
  id: string;
  title: string;
  due_at: Date | null;
  created_at: Date;
  clients: number;
  questions: number;
};
export type AnswerRow = { campaign_id: string; question_key: string; value: boolean; state: string };

/** Campaigns, the clients they went to, and the clients' answers. */
@Injectable()
export class CampaignRepository {
  /** The firm's clients (not archived) matching the filter, at most 1000. */
  async clientsMatching(
    ctx: RequestContext,
    levels: readonly ComplianceLevel[] | null,
    federalStates: readonly string[] | null,
  ): Promise<string[]> {
    const rows = await ctx.query<{ id: string }>(
      `SELECT id FROM client
        WHERE tenant_id = $1 AND archived_at IS NULL
          AND ($2::text[] IS NULL OR compliance_level = ANY($2))
          AND ($3::text[] IS NULL OR federal_state = ANY($3))
        ORDER BY name, id LIMIT 1001`,
      [ctx.tenantId, levels, federalStates],
    );
    return rows.map((r) => r.id);
  }

  async insert(
    ctx: RequestContext,
    campaign: { title: string; body: string; questions: CampaignQuestion[]; dueAt: Date | null },
    clientIds: readonly string[],
  ): Promise<string> {
    const id = newId();
    await ctx.query(
      `INSERT INTO campaign (id, tenant_id, title, body, questions, due_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        ctx.tenantId,
        campaign.title,
        campaign.body,
        JSON.stringify(campaign.questions),
        campaign.dueAt,
        ctx.principal.userId,
      ],
    );
    await ctx.query(
      `INSERT INTO campaign_client (tenant_id, campaign_id, client_id) SELECT $1, $2, unnest($3::uuid[])`,
      [ctx.tenantId, id, clientIds],
    );
    return id;
  }

  /** The firm's campaigns, newest first, with how many clients each went to. */
  list(ctx: RequestContext, limit: number): Promise<CampaignListRow[]> {
    return ctx.query<CampaignListRow>(
      `SELECT c.id, c.title, c.due_at, c.created_at, jsonb_array_length(c.questions) AS questions,
              (SELECT count(*)::int FROM campaign_client cc WHERE cc.tenant_id = c.tenant_id AND cc.campaign_id = c.id) AS clients
         FROM campaign c WHERE c.tenant_id = $1 ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
      [ctx.tenantId, limit],
    );
  }

  async find(ctx: RequestContext, id: string): Promise<CampaignRow | null> {
    const [row] = await ctx.query<CampaignRow>(
      `SELECT id, title, body, questions, due_at, created_at FROM campaign WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async isRecipient(ctx: RequestContext, campaignId: string, clientId: string): Promise<boolean> {
    const rows = await ctx.query(`SELECT 1 FROM campaign_client WHERE campaign_id = $1 AND client_id = $2`, [
      campaignId,
      clientId,
    ]);
    return rows.length === 1;
  }

  async answer(
    ctx: RequestContext,
    campaignId: string,
    clientId: string,
    key: string,
    value: boolean,
    state: 'CLAIMED' | 'VERIFIED',
  ): Promise<void> {
    await ctx.query(
      `INSERT INTO campaign_answer (tenant_id, campaign_id, client_id, question_key, value, state, answered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, campaign_id, client_id, question_key) DO UPDATE SET
         value = excluded.value, state = excluded.state, answered_by = excluded.answered_by, answered_at = now()`,
      [ctx.tenantId, campaignId, clientId, key, value, state, ctx.principal.userId],
    );
  }

  async verify(ctx: RequestContext, campaignId: string, clientId: string): Promise<number> {
    const rows = await ctx.query<{ question_key: string }>(
      `WITH verified AS (
         UPDATE campaign_answer SET state = 'VERIFIED'
          WHERE tenant_id = $1 AND campaign_id = $2 AND client_id = $3 AND state = 'CLAIMED'
         RETURNING question_key)
       SELECT question_key FROM verified`,
      [ctx.tenantId, campaignId, clientId],
    );
    return rows.length;
  }

  answersOf(ctx: RequestContext, clientId: string, campaignIds: readonly string[]): Promise<AnswerRow[]> {
    return ctx.query<AnswerRow>(
      `SELECT campaign_id, question_key, value, state FROM campaign_answer
        WHERE client_id = $1 AND campaign_id = ANY($2::uuid[])`,
      [clientId, campaignIds],
    );
  }

  /** Per client of the campaign: answers, verified answers, the campaign task's status. */
  progress(ctx: RequestContext, campaignId: string, taskKey: string): Promise<ProgressRow[]> {
    return ctx.query<ProgressRow>(
      `SELECT cc.client_id, c.name AS client_name,
              count(a.question_key)::int AS answered,
              count(a.question_key) FILTER (WHERE a.state = 'VERIFIED')::int AS verified,
              (SELECT t.status FROM task t WHERE t.tenant_id = cc.tenant_id AND t.client_id = cc.client_id
                  AND t.generated_key = $2 ORDER BY t.created_at DESC LIMIT 1) AS task_status
         FROM campaign_client cc
         JOIN client c ON c.tenant_id = cc.tenant_id AND c.id = cc.client_id
         LEFT JOIN campaign_answer a ON a.tenant_id = cc.tenant_id AND a.campaign_id = cc.campaign_id AND a.client_id = cc.client_id
        WHERE cc.campaign_id = $1
        GROUP BY cc.tenant_id, cc.client_id, c.name
        ORDER BY c.name, cc.client_id`,
      [campaignId, taskKey],
    );
  }

  /** The campaigns sent to a client, newest first. */
  ofClient(ctx: RequestContext, clientId: string): Promise<CampaignRow[]> {
    return ctx.query<CampaignRow>(
      `SELECT g.id, g.title, g.body, g.questions, g.due_at, g.created_at
         FROM campaign g JOIN campaign_client cc ON cc.tenant_id = g.tenant_id AND cc.campaign_id = g.id
        WHERE cc.client_id = $1 ORDER BY g.created_at DESC, g.id DESC LIMIT 100`,
      [clientId],
    );
  }
}
