import { Inject, Injectable } from '@nestjs/common';
import {
  AccessService,
  APP_CONFIG,
  conflict,
  createTenantToken,
  newId,
  notFound,
  parseTenantToken,
  publicPrincipal,
  type AppConfig,
  type RequestContext,
  publicBaseUrl,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import type { ConsentPurpose } from '../consent.enums';
import { ConsentVault, type Evidence, type MessageEvidence } from '../consent-vault';
import { normalizePhone } from '../phone.util';
import { distinctPurposes, toRecordModel } from '../consent.util';
import type { RequestConsentInput } from '../dto/consent.inputs';
import type {
  ConsentRequestModel,
  PublicConsentRequestModel,
  PublicWithdrawalModel,
} from '../models/consent.models';
import { ConsentRecordRepository } from '../records/consent-record.repository';
import { ConsentRecordService } from '../records/consent-record.service';
import { ConsentSubjectsService } from '../subjects/consent-subjects.service';
import { ConsentTextService } from '../texts/consent-text.service';
import { ConsentRequestRepository, type RequestByToken } from './consent-request.repository';

/**
 * Double opt-in: a request with one-time confirmation and withdrawal links, and the public pages behind them
 * (no login: the token names the firm, and the request context takes the firm's public scope).
 */
@Injectable()
export class ConsentRequestService {
  constructor(
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    private readonly subjects: ConsentSubjectsService,
    private readonly texts: ConsentTextService,
    private readonly requests: ConsentRequestRepository,
    private readonly records: ConsentRecordRepository,
    private readonly withdrawals: ConsentRecordService,
    private readonly rules: ComplianceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(ctx: RequestContext, input: RequestConsentInput): Promise<ConsentRequestModel> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const e164 = this.subjects.phone(input.phoneNumber);
    const text = await this.texts.covering(ctx, input.clientId, input.consentTextVersionId, input.purposes);
    const purposes = distinctPurposes(input.purposes);
    const subject = await this.subjects.findOrCreate(ctx, input.clientId, e164);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.CONSENT_CONFIRMATION_TTL_DAYS * 86_400_000);
    const confirm = createTenantToken(ctx.tenantId);
    const withdraw = createTenantToken(ctx.tenantId);
    const requestId = newId();
    const source = input.source ?? 'WEB_FORM';
    const confirmVia = input.confirmVia ?? 'LINK';
    await this.requests.insert(ctx, {
      id: requestId,
      clientId: input.clientId,
      subjectId: subject.id,
      textVersionId: text.id,
      purposes,
      source,
      formUrl: input.formUrl ?? null,
      // A WhatsApp-reply opt-in has no confirmation link: only the keyword from the number confirms it.
      tokenHash: confirmVia === 'LINK' ? confirm.hash : null,
      withdrawTokenHash: withdraw.hash,
      expiresAt,
      confirmVia,
    });
    // An already confirmed purpose stays confirmed until the person confirms again (or withdraws).
    const records = await this.records.upsert(ctx, input.clientId, subject.id, purposes, {
      status: `CASE WHEN consent_record.status = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'PENDING' END`,
      set: { requested_at: now, expires_at: expiresAt, text_version_id: text.id },
      insert: { status: 'PENDING', requested_at: now, expires_at: expiresAt, text_version_id: text.id },
    });
    const key = this.vault.openDataKey(subject.data_key_encrypted);
    await this.records.insertEvents(
      ctx,
      input.clientId,
      subject.id,
      records.map((r) => ({
        recordId: r.id,
        purpose: r.purpose,
        type: 'REQUESTED',
        source,
        occurredAt: now,
        text,
        evidence: key ? this.vault.sealEvidence(key, { formUrl: input.formUrl ?? null }) : null,
        requestId,
      })),
    );
    ctx.audit({
      action: 'consent.requested',
      entityType: 'consent_request',
      entityId: requestId,
      clientId: input.clientId,
      changes: { subjectId: subject.id, purposes, textVersionId: text.id, source, expiresAt, confirmVia },
    });
    await this.rules.reevaluate(ctx, [input.clientId]);
    const base = publicBaseUrl(this.config);
    return {
      id: requestId,
      confirmationUrl: confirmVia === 'LINK' ? `${base}/consent/${confirm.token}` : null,
      withdrawalUrl: `${base}/consent/${withdraw.token}/withdraw`,
      expiresAt,
      confirmedAt: null,
      records: records.map((r) => toRecordModel({ ...r, phone_masked: subject.phone_masked })),
    };
  }

  /** What the public confirmation page shows for a token (no login). */
  async publicRequest(ctx: RequestContext, token: string): Promise<PublicConsentRequestModel> {
    const request = await this.byToken(ctx, token, 'token_hash', false);
    return {
      businessName: request.client_name,
      language: request.language,
      title: request.title,
      text: request.body,
      textSha256: request.sha256,
      purposes: request.purposes,
      maskedPhoneNumber: request.phone_masked,
      expiresAt: request.expires_at,
      state: request.confirmed_at
        ? 'CONFIRMED'
        : request.expires_at.getTime() <= Date.now()
          ? 'EXPIRED'
          : 'PENDING',
    };
  }

  /** The person confirms: records CONFIRMED with time, IP, user agent and the exact text version. Works once. */
  async confirm(ctx: RequestContext, token: string): Promise<ConsentRequestModel> {
    const request = await this.byToken(ctx, token, 'token_hash', true);
    if (request.confirmed_at) throw conflict('This link has already been used');
    if (request.expires_at.getTime() <= Date.now()) throw conflict('This link has expired');
    if (request.erased_at) throw notFound();
    return this.confirmRequest(ctx, request, {
      ip: ctx.meta.ip,
      userAgent: ctx.meta.userAgent,
      formUrl: request.form_url,
    });
  }

  /**
   * A confirmation keyword from a number through a messaging channel (the webhook has verified the provider's
   * signature and set the channel's firm): confirms the number's open WHATSAPP_REPLY requests with the client,
   * with the message as evidence, exactly as the public link does. Returns how many requests it confirmed.
   */
  async confirmByReply(
    ctx: RequestContext,
    clientId: string,
    phoneNumber: string,
    message: MessageEvidence,
  ): Promise<number> {
    const e164 = normalizePhone(phoneNumber);
    const subject = e164 ? await this.subjects.find(ctx, clientId, e164) : null;
    if (!subject || subject.erased_at) return 0;
    const pending = await this.requests.pendingReplies(ctx, subject.id, new Date());
    for (const request of pending)
      await this.confirmRequest(ctx, request, { ...message, formUrl: request.form_url });
    return pending.length;
  }

  private async confirmRequest(
    ctx: RequestContext,
    request: RequestByToken,
    evidenceValues: Partial<Evidence>,
  ): Promise<ConsentRequestModel> {
    const now = new Date();
    const text = await this.texts.covering(ctx, request.client_id, request.text_version_id, []);
    const records = await this.records.upsert(ctx, request.client_id, request.subject_id, request.purposes, {
      status: `'CONFIRMED'`,
      set: { confirmed_at: now, withdrawn_at: null, expires_at: null, text_version_id: text.id },
      insert: {
        status: 'CONFIRMED',
        requested_at: request.created_at,
        confirmed_at: now,
        text_version_id: text.id,
      },
    });
    await this.requests.markConfirmed(ctx, request.id, now);
    const key = this.vault.openDataKey(request.data_key_encrypted);
    const evidence = key ? this.vault.sealEvidence(key, evidenceValues) : null;
    await this.records.insertEvents(
      ctx,
      request.client_id,
      request.subject_id,
      records.map((r) => ({
        recordId: r.id,
        purpose: r.purpose,
        type: 'CONFIRMED',
        source: request.source,
        occurredAt: now,
        text,
        evidence,
        requestId: request.id,
      })),
    );
    ctx.audit({
      action: 'consent.confirmed',
      entityType: 'consent_request',
      entityId: request.id,
      clientId: request.client_id,
      changes: { subjectId: request.subject_id, purposes: request.purposes, textSha256: text.sha256 },
    });
    await this.rules.reevaluate(ctx, [request.client_id]);
    return {
      id: request.id,
      confirmationUrl: null,
      withdrawalUrl: null,
      expiresAt: request.expires_at,
      confirmedAt: now,
      records: records.map((r) => toRecordModel({ ...r, phone_masked: request.phone_masked })),
    };
  }

  async publicWithdrawal(ctx: RequestContext, token: string): Promise<PublicWithdrawalModel> {
    const request = await this.byToken(ctx, token, 'withdraw_token_hash', false);
    return {
      businessName: request.client_name,
      purposes: request.purposes,
      active: await this.records.activePurposes(ctx, request.subject_id, request.purposes),
    };
  }

  /** The public withdrawal link: as easy as consenting, no login, works as often as needed. */
  async withdrawByToken(
    ctx: RequestContext,
    token: string,
    purposes: ConsentPurpose[] | null | undefined,
  ): Promise<PublicWithdrawalModel> {
    const request = await this.byToken(ctx, token, 'withdraw_token_hash', true);
    if (request.erased_at) throw notFound();
    const chosen = purposes?.length ? purposes.filter((p) => request.purposes.includes(p)) : request.purposes;
    const key = this.vault.openDataKey(request.data_key_encrypted);
    await this.withdrawals.withdrawRecords(
      ctx,
      request.client_id,
      request.subject_id,
      chosen,
      'WEB_FORM',
      key ? this.vault.sealEvidence(key, { ip: ctx.meta.ip, userAgent: ctx.meta.userAgent }) : null,
      request.id,
    );
    return this.publicWithdrawal(ctx, token);
  }

  private async byToken(
    ctx: RequestContext,
    token: string,
    column: 'token_hash' | 'withdraw_token_hash',
    lock: boolean,
  ): Promise<RequestByToken> {
    const parsed = parseTenantToken(token);
    if (!parsed) throw notFound();
    await ctx.become(publicPrincipal(parsed.tenantId));
    const request = await this.requests.findByToken(ctx, column, parsed.hash, lock);
    if (!request) throw notFound();
    return request;
  }
}
