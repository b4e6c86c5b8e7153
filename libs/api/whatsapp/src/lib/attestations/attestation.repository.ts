import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { AnswerKey } from '@klarsicht/compliance-rules';

export const ATTESTATION_STATES = ['CLAIMED', 'VERIFIED', 'REJECTED'] as const;
export type AttestationState = (typeof ATTESTATION_STATES)[number];

export type AttestationRow = {
  client_id: string;
  account_id: string;
  answer_key: AnswerKey;
  value: boolean | null;
  state: AttestationState;
  questionnaire_version: number;
  answered_at: Date;
  answered_by_name: string | null;
  evidence_document_id: string | null;
  reviewed_at: Date | null;
  reviewed_by_name: string | null;
  review_comment: string | null;
  expires_at: Date;
  expired: boolean;
};

export type GivenAnswer = { key: AnswerKey; value: boolean | null };

const SELECT = `SELECT x.client_id, x.account_id, x.answer_key, x.value, x.state, x.questionnaire_version, x.answered_at,
         ua.name AS answered_by_name, x.evidence_document_id, x.reviewed_at, ur.name AS reviewed_by_name, x.review_comment,
         x.answered_at + make_interval(months => c.reattestation_months) AS expires_at,
         x.answered_at + make_interval(months => c.reattestation_months) < now() AS expired
    FROM answer_attestation x
    JOIN client c ON c.tenant_id = x.tenant_id AND c.id = x.client_id
    LEFT JOIN app_user ua ON ua.id = x.answered_by
    LEFT JOIN app_user ur ON ur.id = x.reviewed_by`;

/** Who gave each questionnaire answer and what the DPO made of it (docs/judgement.md § Client attestations). */
@Injectable()
export class AttestationRepository {
  /**
   * The answers just given, as CLAIMED (a client's user or key) or VERIFIED (the firm's own): a new answer of the
   * same value keeps its evidence, another value drops it.
   */
  async give(
    ctx: RequestContext,
    clientId: string,
    accountId: string,
    answers: readonly GivenAnswer[],
    state: 'CLAIMED' | 'VERIFIED',
    questionnaireVersion: number,
  ): Promise<void> {
    if (answers.length === 0) return;
    const reviewer = state === 'VERIFIED' ? ctx.principal.userId : null;
    await ctx.query(
      `INSERT INTO answer_attestation (tenant_id, client_id, account_id, answer_key, value, state, questionnaire_version,
                                       answered_by, answered_at, reviewed_by, reviewed_at)
       SELECT $1, $2, $3, v.key, v.value, $6, $7, $8, now(), $9, CASE WHEN $6 = 'VERIFIED' THEN now() END
         FROM unnest($4::text[], $5::boolean[]) AS v(key, value)
       ON CONFLICT (tenant_id, account_id, answer_key) DO UPDATE SET
         evidence_document_id = CASE WHEN answer_attestation.value IS NOT DISTINCT FROM excluded.value
                                     THEN answer_attestation.evidence_document_id END,
         value = excluded.value, state = excluded.state, questionnaire_version = excluded.questionnaire_version,
         answered_by = excluded.answered_by, answered_at = excluded.answered_at,
         reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at, review_comment = NULL`,
      [
        ctx.tenantId,
        clientId,
        accountId,
        answers.map((a) => a.key),
        answers.map((a) => a.value),
        state,
        questionnaireVersion,
        ctx.principal.userId,
        reviewer,
      ],
    );
  }

  /** CLAIMED → VERIFIED or REJECTED; false when the answer is not (or no longer) CLAIMED. */
  async review(
    ctx: RequestContext,
    accountId: string,
    key: AnswerKey,
    state: 'VERIFIED' | 'REJECTED',
    comment: string,
  ): Promise<boolean> {
    const rows = await ctx.query<{ answer_key: string }>(
      `WITH reviewed AS (
         UPDATE answer_attestation SET state = $3, review_comment = $4, reviewed_by = $5, reviewed_at = now()
          WHERE tenant_id = $6 AND account_id = $1 AND answer_key = $2 AND state = 'CLAIMED'
         RETURNING answer_key)
       SELECT answer_key FROM reviewed`,
      [accountId, key, state, comment || null, ctx.principal.userId, ctx.tenantId],
    );
    return rows.length === 1;
  }

  async attachEvidence(
    ctx: RequestContext,
    accountId: string,
    key: AnswerKey,
    documentId: string,
  ): Promise<boolean> {
    const rows = await ctx.query<{ answer_key: string }>(
      `WITH attached AS (
         UPDATE answer_attestation SET evidence_document_id = $3
          WHERE tenant_id = $4 AND account_id = $1 AND answer_key = $2
         RETURNING answer_key)
       SELECT answer_key FROM attached`,
      [accountId, key, documentId, ctx.tenantId],
    );
    return rows.length === 1;
  }

  /** Whether the document is one of the client's (RLS keeps it to the caller's firm and client). */
  async isClientDocument(ctx: RequestContext, clientId: string, documentId: string): Promise<boolean> {
    const rows = await ctx.query(`SELECT 1 FROM document WHERE id = $1 AND client_id = $2`, [
      documentId,
      clientId,
    ]);
    return rows.length === 1;
  }

  ofAccounts(ctx: RequestContext, accountIds: readonly string[]): Promise<AttestationRow[]> {
    return ctx.query<AttestationRow>(`${SELECT} WHERE x.account_id = ANY($1::uuid[]) ORDER BY x.answer_key`, [
      accountIds,
    ]);
  }

  /** Accounts with an answer past the client's re-attestation period, and which answers. */
  expired(
    ctx: RequestContext,
  ): Promise<{ client_id: string; account_id: string; label: string; keys: AnswerKey[] }[]> {
    return ctx.query(
      `SELECT x.client_id, x.account_id, a.label, array_agg(x.answer_key ORDER BY x.answer_key) AS keys
         FROM answer_attestation x
         JOIN client c ON c.tenant_id = x.tenant_id AND c.id = x.client_id
         JOIN whatsapp_account a ON a.tenant_id = x.tenant_id AND a.id = x.account_id
        WHERE x.tenant_id = $1 AND c.archived_at IS NULL
          AND x.answered_at + make_interval(months => c.reattestation_months) < now()
        GROUP BY x.client_id, x.account_id, a.label`,
      [ctx.tenantId],
    );
  }

  async policyOf(
    ctx: RequestContext,
    clientId: string,
  ): Promise<{ acceptClaimedAnswers: boolean; reattestationMonths: number } | null> {
    const [row] = await ctx.query<{ accept_claimed_answers: boolean; reattestation_months: number }>(
      `SELECT accept_claimed_answers, reattestation_months FROM client WHERE id = $1`,
      [clientId],
    );
    return row
      ? { acceptClaimedAnswers: row.accept_claimed_answers, reattestationMonths: row.reattestation_months }
      : null;
  }

  async setPolicy(
    ctx: RequestContext,
    clientId: string,
    policy: { acceptClaimedAnswers: boolean; reattestationMonths: number },
  ): Promise<void> {
    await ctx.query(
      `UPDATE client SET accept_claimed_answers = $2, reattestation_months = $3 WHERE id = $1 AND tenant_id = $4`,
      [clientId, policy.acceptClaimedAnswers, policy.reattestationMonths, ctx.tenantId],
    );
  }
}
