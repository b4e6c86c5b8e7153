import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  conflict,
  contextLoader,
  isUuid,
  notFound,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { QUESTIONNAIRE, type AnswerKey } from '@klarsicht/compliance-rules';
import { WhatsAppAccount } from '../whatsapp-account.entity';
import type {
  AnswerAttestationModel,
  AttestationPolicyInput,
  AttestationPolicyModel,
  ReviewAnswerInput,
} from './attestation.models';
import { AttestationRepository, type AttestationRow, type GivenAnswer } from './attestation.repository';

const DAY = 86_400_000;
const rejectedKey = (accountId: string, key: string): string => `attestation:${accountId}:${key}`;
const reattestKey = (accountId: string): string => `reattest:${accountId}`;
const question = (key: string): string => QUESTIONNAIRE.find((q) => q.key === key)?.textDe ?? key;

const toModel = (r: AttestationRow): AnswerAttestationModel => ({
  key: r.answer_key,
  value: r.value,
  state: r.state,
  questionnaireVersion: r.questionnaire_version,
  answeredAt: r.answered_at,
  answeredByName: r.answered_by_name,
  evidenceDocumentId: r.evidence_document_id,
  reviewedAt: r.reviewed_at,
  reviewedByName: r.reviewed_by_name,
  reviewComment: r.review_comment,
  expiresAt: r.expires_at,
  expired: r.expired,
});

/**
 * Client attestations (docs/judgement.md § Client attestations): answers given by the client are CLAIMED until the
 * DPO verifies or rejects them; a rejection opens a task for the client; answers past the re-attestation period
 * count as unknown and open a task.
 */
@Injectable()
export class AttestationService {
  constructor(
    private readonly access: AccessService,
    private readonly attestations: AttestationRepository,
    private readonly tasks: GeneratedTasksService,
    private readonly rules: ComplianceService,
  ) {}

  /**
   * Called by the account's update with the answers sent (the caller's access was checked). Attested are those that
   * change, that were not attested yet, or whose attestation expired or was rejected: a form that sends every answer
   * does not turn the answers the DPO verified back into claims.
   */
  async given(
    ctx: RequestContext,
    account: Pick<WhatsAppAccount, 'id' | 'clientId'>,
    sent: readonly GivenAnswer[],
    questionnaireVersion: number,
  ): Promise<void> {
    if (sent.length === 0) return;
    const current = new Map(
      (await this.attestations.ofAccounts(ctx, [account.id])).map((r) => [r.answer_key, r]),
    );
    const answers = sent.filter(({ key, value }) => {
      const row = current.get(key);
      if (!row) return value !== null;
      return row.value !== value || row.expired || row.state === 'REJECTED';
    });
    if (answers.length === 0) return;
    const state = ctx.clientScope ? 'CLAIMED' : 'VERIFIED';
    await this.attestations.give(ctx, account.clientId, account.id, answers, state, questionnaireVersion);
    ctx.audit({
      action: 'answer_attestation.given',
      entityType: 'whatsapp_account',
      entityId: account.id,
      clientId: account.clientId,
      changes: { state: { after: state }, keys: { after: answers.map((a) => a.key) } },
    });
    for (const { key } of answers)
      await this.tasks.close(ctx, account.clientId, rejectedKey(account.id, key), `${key}: neu beantwortet.`);
    const rows = await this.attestations.ofAccounts(ctx, [account.id]);
    if (!rows.some((r) => r.expired))
      await this.tasks.close(ctx, account.clientId, reattestKey(account.id), 'Antworten erneut bestätigt.');
  }

  async review(
    ctx: RequestContext,
    accountId: string,
    key: AnswerKey,
    input: ReviewAnswerInput,
  ): Promise<AnswerAttestationModel> {
    // The DPO's judgement: never a client's own user or key.
    this.access.requireFirm(ctx, 'clients', 'write');
    const account = await this.access.requireRecord(ctx, 'clients', 'write', WhatsAppAccount, accountId);
    const comment = input.comment?.trim() ?? '';
    if (input.decision === 'REJECTED' && !comment)
      throw badInput({ comment: 'Say what is wrong with the answer' });
    if (!(await this.attestations.review(ctx, accountId, key, input.decision, comment)))
      throw conflict('Only a CLAIMED answer can be verified or rejected');
    ctx.audit({
      action: input.decision === 'VERIFIED' ? 'answer_attestation.verified' : 'answer_attestation.rejected',
      entityType: 'whatsapp_account',
      entityId: accountId,
      clientId: account.clientId,
      changes: { key: { after: key }, comment: { after: comment || null } },
    });
    if (input.decision === 'REJECTED')
      await this.tasks.open(ctx, {
        clientId: account.clientId,
        source: 'ATTESTATION',
        key: rejectedKey(accountId, key),
        title: `Antwort abgelehnt: ${question(key)} (${account.label})`,
        description: `Der Datenschutzbeauftragte hat die Antwort abgelehnt: ${comment}`,
        priority: 'HIGH',
        dueAt: new Date(Date.now() + 14 * DAY),
      });
    else await this.tasks.close(ctx, account.clientId, rejectedKey(accountId, key), `${key}: bestätigt.`);
    await this.rules.reevaluate(ctx, [account.clientId]);
    return this.one(ctx, accountId, key);
  }

  async attachEvidence(
    ctx: RequestContext,
    accountId: string,
    key: AnswerKey,
    documentId: string,
  ): Promise<AnswerAttestationModel> {
    const account = await this.access.requireRecord(ctx, 'clients', 'write', WhatsAppAccount, accountId);
    this.access.require(ctx, 'documents', 'read');
    if (!isUuid(documentId) || !(await this.attestations.isClientDocument(ctx, account.clientId, documentId)))
      throw badInput({ documentId: 'Not a document of this client' });
    if (!(await this.attestations.attachEvidence(ctx, accountId, key, documentId)))
      throw badInput({ key: 'This answer has not been given yet' });
    ctx.audit({
      action: 'answer_attestation.evidence_attached',
      entityType: 'whatsapp_account',
      entityId: accountId,
      clientId: account.clientId,
      changes: { key: { after: key }, documentId: { after: documentId } },
    });
    return this.one(ctx, accountId, key);
  }

  /** The account's attestations, batched per request. */
  ofAccount(ctx: RequestContext, accountId: string): Promise<AnswerAttestationModel[]> {
    this.access.require(ctx, 'clients', 'read');
    return contextLoader<string, AnswerAttestationModel[]>(
      ctx,
      'whatsapp:attestations',
      async (ids) => {
        const byAccount = new Map<string, AnswerAttestationModel[]>();
        for (const row of await this.attestations.ofAccounts(ctx, ids))
          byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), toModel(row)]);
        return byAccount;
      },
      [],
    ).load(accountId);
  }

  async policy(ctx: RequestContext, clientId: string): Promise<AttestationPolicyModel> {
    this.access.require(ctx, 'clients', 'read');
    const policy = await this.attestations.policyOf(ctx, clientId);
    if (!policy) throw notFound();
    return policy;
  }

  async setPolicy(
    ctx: RequestContext,
    clientId: string,
    input: AttestationPolicyInput,
  ): Promise<AttestationPolicyModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    await this.access.requireClients(ctx, 'clients', 'write', [clientId]);
    const before = await this.policy(ctx, clientId);
    await this.attestations.setPolicy(ctx, clientId, input);
    ctx.audit({
      action: 'client.attestation_policy_updated',
      entityType: 'client',
      entityId: clientId,
      clientId,
      changes: {
        acceptClaimedAnswers: { before: before.acceptClaimedAnswers, after: input.acceptClaimedAnswers },
        reattestationMonths: { before: before.reattestationMonths, after: input.reattestationMonths },
      },
    });
    await this.rules.reevaluate(ctx, [clientId]);
    return { ...input };
  }

  /** The daily job (system principal of one firm): expired answers open a task and make the rules re-read them. */
  async sweepExpired(ctx: RequestContext): Promise<number> {
    const expired = await this.attestations.expired(ctx);
    for (const account of expired)
      await this.tasks.open(ctx, {
        clientId: account.client_id,
        source: 'ATTESTATION',
        key: reattestKey(account.account_id),
        title: `Fragebogen erneut beantworten (${account.label})`,
        description: `Diese Antworten sind älter als der Zeitraum für die erneute Bestätigung und gelten als unbekannt, bis sie erneut gegeben werden: ${account.keys.map(question).join('; ')}`,
        priority: 'MEDIUM',
        dueAt: new Date(Date.now() + 30 * DAY),
      });
    if (expired.length) await this.rules.reevaluate(ctx, [...new Set(expired.map((a) => a.client_id))]);
    return expired.length;
  }

  private async one(ctx: RequestContext, accountId: string, key: AnswerKey): Promise<AnswerAttestationModel> {
    const row = (await this.attestations.ofAccounts(ctx, [accountId])).find((r) => r.answer_key === key);
    if (!row) throw notFound();
    return toModel(row);
  }
}
