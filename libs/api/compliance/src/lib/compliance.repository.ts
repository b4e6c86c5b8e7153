import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type {
  AnswerKey,
  ComplianceLevel,
  HostingRegion,
  ProcessingActivityFacts,
  TransferMechanism,
  Variant,
  WhatsAppAnswers,
} from '@klarsicht/compliance-rules';
import type { ClientAccountFacts, ClientComplianceFacts } from './compliance.util';

type AccountRow = {
  id: string;
  client_id: string;
  label: string;
  variant: Variant;
  answers: WhatsAppAnswers;
  bsp_id: string | null;
  bsp_name: string | null;
  hosting_region: HostingRegion | null;
  transfer_mechanism: TransferMechanism | null;
  dpa_available: boolean | null;
  claimed: AnswerKey[] | null;
  void_keys: AnswerKey[] | null;
};

const withoutVoid = (answers: WhatsAppAnswers, keys: AnswerKey[] | null): WhatsAppAnswers => {
  if (!keys?.length) return answers;
  const out = { ...answers };
  for (const key of keys) out[key] = null;
  return out;
};

/** The facts the rules read, one set-based statement per source for any number of clients, and the scores. */
@Injectable()
export class ComplianceRepository {
  /**
   * The accounts with their answers as the rules read them (docs/judgement.md § Client attestations): a REJECTED
   * answer or one past the client's re-attestation period is unknown; a CLAIMED one is listed in `claimedAnswers`
   * (unknown for CRITICAL/HIGH rules) unless the client accepts claimed answers.
   */
  async accountsOf(ctx: RequestContext, clientIds: readonly string[]): Promise<ClientAccountFacts[]> {
    const rows = await ctx.query<AccountRow>(
      `SELECT a.id, a.client_id, a.label, a.variant, a.answers, a.bsp_id, b.name AS bsp_name, b.hosting_region, b.transfer_mechanism, b.dpa_available,
              att.claimed, att.void_keys
         FROM whatsapp_account a LEFT JOIN bsp b ON b.tenant_id = a.tenant_id AND b.id = a.bsp_id
         JOIN client c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
         LEFT JOIN LATERAL (
           SELECT array_agg(x.answer_key) FILTER (WHERE x.state = 'CLAIMED' AND NOT c.accept_claimed_answers AND NOT x.expired) AS claimed,
                  array_agg(x.answer_key) FILTER (WHERE x.state = 'REJECTED' OR x.expired) AS void_keys
             FROM (SELECT answer_key, state, answered_at + make_interval(months => c.reattestation_months) < now() AS expired
                     FROM answer_attestation WHERE tenant_id = a.tenant_id AND account_id = a.id) x
         ) att ON true
        WHERE a.client_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
      [clientIds],
    );
    return rows.map((r) => ({
      id: r.id,
      clientId: r.client_id,
      label: r.label,
      variant: r.variant,
      answers: withoutVoid(r.answers, r.void_keys),
      claimedAnswers: r.claimed ?? [],
      bsp:
        r.bsp_id && r.bsp_name !== null
          ? {
              id: r.bsp_id,
              name: r.bsp_name,
              hostingRegion: r.hosting_region as HostingRegion,
              transferMechanism: r.transfer_mechanism as TransferMechanism,
              dpaAvailable: r.dpa_available ?? false,
            }
          : null,
    }));
  }

  /**
   * Documents (approved PROCESSING_RECORD / DPIA feed WA-PROCESSING-RECORD / WA-DPIA; passed review dates feed
   * DOC-REVIEW-OVERDUE) and consent (opt-ins still pending 30 days after the request feed CONSENT-STALE-PENDING) and data subject requests
   * (open past their deadline feed DSR-OVERDUE) and breaches (with a risk and unnotified 72 hours after awareness
   * feed BREACH-NOT-NOTIFIED) and consent texts (the newest text of each purpose with a HIGH review finding feeds
   * CONSENT-TEXT; a version published before the review has no findings and counts as none).
   */
  async factsOf(
    ctx: RequestContext,
    clientIds: readonly string[],
  ): Promise<Map<string, ClientComplianceFacts>> {
    const rows = await ctx.query<{
      id: string;
      total: number;
      stale: number;
      approved: string[] | null;
      overdue: number | null;
      requests: number;
      overdue_requests: number;
      breaches: number;
      late_breaches: number;
      text_purposes: number;
      flawed_purposes: number;
      questions: number;
      unanswered: number;
      denied: number;
    }>(
      `SELECT c.id,
              (c.consent_pending + c.consent_confirmed + c.consent_withdrawn + c.consent_expired)::int AS total,
              (SELECT count(*)::int FROM consent_record r
                WHERE r.tenant_id = c.tenant_id AND r.client_id = c.id AND r.status = 'PENDING'
                  AND r.requested_at < now() - interval '30 days') AS stale,
              d.approved, d.overdue, q.requests, q.overdue_requests, b.breaches, b.late_breaches,
              t.text_purposes, t.flawed_purposes, k.questions, k.unanswered, k.denied
         FROM client c
         LEFT JOIN LATERAL (
           SELECT coalesce(array_agg(DISTINCT type) FILTER (WHERE approved_version_id IS NOT NULL), '{}') AS approved,
                  count(*) FILTER (WHERE next_review_at <= now())::int AS overdue
             FROM document WHERE tenant_id = c.tenant_id AND client_id = c.id AND status <> 'ARCHIVED'
         ) d ON true
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS requests,
                  count(*) FILTER (WHERE status IN ('OPEN', 'EXTENDED') AND due_at < now())::int AS overdue_requests
             FROM data_subject_request WHERE tenant_id = c.tenant_id AND client_id = c.id
         ) q
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS breaches,
                  count(*) FILTER (WHERE notified_at IS NULL AND discovered_at + interval '72 hours' < now())::int AS late_breaches
             FROM breach WHERE tenant_id = c.tenant_id AND client_id = c.id AND risk IN ('RISK', 'HIGH_RISK')
         ) b
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS text_purposes, count(*) FILTER (WHERE flawed)::int AS flawed_purposes
             FROM (SELECT DISTINCT ON (p.purpose) p.purpose,
                          coalesce(ct.findings @> '[{"severity":"HIGH"}]' OR ct.findings @> '[{"severity":"CRITICAL"}]', false) AS flawed
                     FROM consent_text ct CROSS JOIN unnest(ct.purposes) AS p(purpose)
                    WHERE ct.tenant_id = c.tenant_id AND ct.client_id = c.id
                    ORDER BY p.purpose, ct.version DESC) active
         ) t
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS questions, count(*) FILTER (WHERE a.value IS NULL)::int AS unanswered,
                  count(*) FILTER (WHERE a.value = false)::int AS denied
             FROM campaign_client cc
             JOIN campaign g ON g.tenant_id = cc.tenant_id AND g.id = cc.campaign_id
             CROSS JOIN LATERAL jsonb_array_elements(g.questions) AS q(question)
             LEFT JOIN campaign_answer a ON a.tenant_id = cc.tenant_id AND a.campaign_id = cc.campaign_id
                                        AND a.client_id = cc.client_id AND a.question_key = q.question->>'key'
            WHERE cc.tenant_id = c.tenant_id AND cc.client_id = c.id
         ) k
        WHERE c.id = ANY($1::uuid[])`,
      [clientIds],
    );
    const activities = await this.processingOf(ctx, clientIds);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          processingActivities: activities.get(r.id) ?? [],
          consentTotal: r.total,
          stalePendingConsents: r.stale,
          approvedDocumentTypes: r.approved ?? [],
          overdueDocumentReviews: r.overdue ?? 0,
          requestTotal: r.requests,
          overdueRequests: r.overdue_requests,
          notifiableBreaches: r.breaches,
          lateUnnotifiedBreaches: r.late_breaches,
          activeConsentTextPurposes: r.text_purposes,
          flawedConsentTextPurposes: r.flawed_purposes,
          campaignQuestions: r.questions,
          unansweredCampaignQuestions: r.unanswered,
          deniedCampaignQuestions: r.denied,
        },
      ]),
    );
  }

  /**
   * The record of processing (WA-PROCESSING-RECORD, PROC-TRANSFER-MECHANISM, PROC-RETENTION, WA-DPIA): per activity
   * the WhatsApp use its approved version covers; recipients, transfers, retention and WhatsApp use of its latest
   * version; its DPIA screening's result and whether its DPIA is approved.
   */
  private async processingOf(
    ctx: RequestContext,
    clientIds: readonly string[],
  ): Promise<Map<string, ProcessingActivityFacts[]>> {
    const rows = await ctx.query<ProcessingActivityFacts & { client_id: string }>(
      `SELECT a.id, a.client_id,
              coalesce(av.record->'whatsAppVariants', '[]') AS "approvedWhatsAppVariants",
              coalesce(cv.record->'recipients', '[]') AS recipients,
              coalesce(cv.record->'transfers', '[]') AS transfers,
              coalesce(cv.record->>'retention', '') AS retention,
              coalesce(cv.record->'whatsAppVariants', '[]') AS "whatsAppVariants",
              s.required AS "dpiaScreeningRequired",
              coalesce(d.status = 'APPROVED', false) AS "dpiaApproved"
         FROM processing_activity a
         JOIN processing_activity_version cv
           ON cv.tenant_id = a.tenant_id AND cv.activity_id = a.id AND cv.version = a.current_version
         LEFT JOIN processing_activity_version av
           ON av.tenant_id = a.tenant_id AND av.activity_id = a.id AND av.version = a.approved_version
         LEFT JOIN dpia_screening s ON s.tenant_id = a.tenant_id AND s.activity_id = a.id
         LEFT JOIN dpia d ON d.tenant_id = a.tenant_id AND d.activity_id = a.id
        WHERE a.client_id = ANY($1::uuid[]) ORDER BY a.id`,
      [clientIds],
    );
    const byClient = new Map<string, ProcessingActivityFacts[]>();
    for (const { client_id, ...facts } of rows)
      byClient.set(client_id, [...(byClient.get(client_id) ?? []), facts]);
    return byClient;
  }

  /** Stores score and level where they changed (the portfolio reads them from the client row). */
  async saveScores(
    ctx: RequestContext,
    scores: readonly { clientId: string; score: number; level: ComplianceLevel }[],
  ): Promise<void> {
    await ctx.query(
      `UPDATE client SET compliance_score = v.score, compliance_level = v.level
         FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(id, score, level)
        WHERE client.id = v.id AND client.tenant_id = $4 AND (client.compliance_score, client.compliance_level) IS DISTINCT FROM (v.score, v.level)`,
      [scores.map((s) => s.clientId), scores.map((s) => s.score), scores.map((s) => s.level), ctx.tenantId],
    );
  }
}
