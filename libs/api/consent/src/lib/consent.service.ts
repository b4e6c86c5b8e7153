import { Inject, Injectable } from '@nestjs/common';
import {
  AccessService,
  APP_CONFIG,
  AppError,
  badInput,
  COMPLIANCE_REEVALUATOR,
  conflict,
  createTenantToken,
  decodeCursor,
  isCursorUuid,
  encodeCursor,
  isUuid,
  newId,
  notFound,
  pageSize,
  parseTenantToken,
  publicPrincipal,
  sha256Hex,
  type AppConfig,
  type ComplianceReevaluator,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import { CONSENT_PURPOSES, type ConsentEventType, type ConsentPurpose, type ConsentSource, type ConsentStatus } from './consent.enums';
import { ConsentText } from './consent.entities';
import { ConsentVault, type Evidence } from './consent-vault';
import type { ConsentFilter, ConsentLegalHoldInput, EraseConsentSubjectInput, PublishConsentTextInput, RecordConsentInput, RequestConsentInput, WithdrawConsentInput } from './dto/consent.inputs';
import type {
  ConsentEventModel,
  ConsentProofModel,
  ConsentRecordModel,
  ConsentRequestModel,
  ConsentSubjectStatusModel,
  ConsentTextVersionModel,
  ErasureResultModel,
  PublicConsentRequestModel,
  PublicWithdrawalModel,
} from './models/consent.models';
import { maskPhone, normalizePhone } from './phone.util';

type SubjectRow = { id: string; client_id: string; phone_masked: string | null; phone_encrypted: Buffer | null; data_key_encrypted: Buffer | null; legal_hold_reason: string | null; legal_hold_at: Date | null; erased_at: Date | null };
type RecordRow = {
  id: string;
  client_id: string;
  subject_id: string;
  purpose: ConsentPurpose;
  status: ConsentStatus;
  text_version_id: string | null;
  requested_at: Date | null;
  confirmed_at: Date | null;
  withdrawn_at: Date | null;
  expires_at: Date | null;
  updated_at: Date;
  phone_masked: string | null;
};
type EventRow = {
  id: string;
  record_id: string | null;
  subject_id: string;
  type: ConsentEventType;
  purpose: ConsentPurpose | null;
  source: ConsentSource;
  occurred_at: Date;
  text_version_id: string | null;
  text_sha256: string | null;
  evidence_encrypted: Buffer | null;
  actor_type: string;
};
type NewEvent = { recordId: string | null; purpose: ConsentPurpose | null; type: ConsentEventType; source: ConsentSource; occurredAt: Date; text: ConsentText | null; evidence: Buffer | null; requestId: string | null };

const RECORD_COLUMNS = `r.id, r.client_id, r.subject_id, r.purpose, r.status, r.text_version_id, r.requested_at, r.confirmed_at, r.withdrawn_at, r.expires_at, r.updated_at, s.phone_masked`;

export const toRecordModel = (r: RecordRow): ConsentRecordModel => ({
  id: r.id,
  clientId: r.client_id,
  subjectId: r.subject_id,
  purpose: r.purpose,
  status: r.status,
  maskedPhoneNumber: r.phone_masked,
  textVersionId: r.text_version_id,
  requestedAt: r.requested_at,
  confirmedAt: r.confirmed_at,
  withdrawnAt: r.withdrawn_at,
  expiresAt: r.expires_at,
  updatedAt: r.updated_at,
});

export const toTextModel = (t: ConsentText): ConsentTextVersionModel => ({
  id: t.id,
  clientId: t.clientId,
  version: t.version,
  language: t.language,
  purposes: t.purposes,
  title: t.title,
  text: t.body,
  sha256: t.sha256,
  publishedAt: t.createdAt,
});

/** The exact text a person sees, hashed: the title (if any), a blank line, the body. */
export const consentTextHash = (title: string, body: string): string => sha256Hex(title ? `${title}\n\n${body}` : body);

/** Consent texts, double opt-in, records, proof and erasure (DESIGN §4). */
@Injectable()
export class ConsentService {
  constructor(
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(COMPLIANCE_REEVALUATOR) private readonly rules: ComplianceReevaluator,
  ) {}

  // ── texts ──────────────────────────────────────────────────────────────────────────────────────────────────

  async publishText(ctx: RequestContext, input: PublishConsentTextInput): Promise<ConsentTextVersionModel> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const title = input.title?.trim() ?? '';
    const body = input.text.trim();
    const [{ next }] = await ctx.query<{ next: number }>(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM consent_text WHERE client_id = $1`,
      [input.clientId],
    );
    const repo = await ctx.repo(ConsentText);
    const text = repo.create({
      tenantId: ctx.tenantId,
      clientId: input.clientId,
      version: next,
      language: input.language,
      purposes: [...new Set(input.purposes)].sort() as ConsentPurpose[],
      title,
      body,
      sha256: consentTextHash(title, body),
      publishedBy: ctx.principal.userId,
    });
    try {
      await repo.insert(text);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('Another version was published at the same time; try again');
      throw error;
    }
    ctx.audit({
      action: 'consent_text.published',
      entityType: 'consent_text',
      entityId: text.id,
      clientId: text.clientId,
      changes: { version: { after: text.version }, language: { after: text.language }, purposes: { after: text.purposes }, sha256: { after: text.sha256 } },
    });
    return toTextModel(text);
  }

  async texts(ctx: RequestContext, clientId: string): Promise<ConsentTextVersionModel[]> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    const texts = await (await ctx.repo(ConsentText)).find({ where: { clientId }, order: { version: 'DESC' } });
    return texts.map(toTextModel);
  }

  // ── double opt-in ──────────────────────────────────────────────────────────────────────────────────────────

  async request(ctx: RequestContext, input: RequestConsentInput): Promise<ConsentRequestModel> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const e164 = this.phone(input.phoneNumber);
    const text = await this.text(ctx, input.clientId, input.consentTextVersionId, input.purposes);
    const purposes = [...new Set(input.purposes)];
    const subject = await this.subjectFor(ctx, input.clientId, e164, true);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.CONSENT_CONFIRMATION_TTL_DAYS * 86_400_000);
    const confirm = createTenantToken(ctx.tenantId);
    const withdraw = createTenantToken(ctx.tenantId);
    const requestId = newId();
    const source = input.source ?? 'WEB_FORM';
    await ctx.query(
      `INSERT INTO consent_request (id, tenant_id, client_id, subject_id, text_version_id, purposes, source, form_url, token_hash, withdraw_token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [requestId, ctx.tenantId, input.clientId, subject.id, text.id, purposes, source, input.formUrl ?? null, confirm.hash, withdraw.hash, expiresAt],
    );
    // An already confirmed purpose stays confirmed until the person confirms again (or withdraws).
    const records = await this.upsertRecords(ctx, input.clientId, subject.id, purposes, {
      status: `CASE WHEN consent_record.status = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'PENDING' END`,
      set: { requested_at: now, expires_at: expiresAt, text_version_id: text.id },
      insert: { status: 'PENDING', requested_at: now, expires_at: expiresAt, text_version_id: text.id },
    });
    const key = this.vault.openDataKey(subject.data_key_encrypted);
    await this.events(ctx, input.clientId, subject.id, records.map((r) => ({ recordId: r.id, purpose: r.purpose, type: 'REQUESTED', source, occurredAt: now, text, evidence: key ? this.vault.sealEvidence(key, { formUrl: input.formUrl ?? null }) : null, requestId })));
    ctx.audit({ action: 'consent.requested', entityType: 'consent_request', entityId: requestId, clientId: input.clientId, changes: { subjectId: subject.id, purposes, textVersionId: text.id, source, expiresAt } });
    await this.rules.reevaluate(ctx, [input.clientId]);
    const base = this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
    return {
      id: requestId,
      confirmationUrl: `${base}/consent/${confirm.token}`,
      withdrawalUrl: `${base}/consent/${withdraw.token}/withdraw`,
      expiresAt,
      confirmedAt: null,
      records: records.map((r) => toRecordModel({ ...r, phone_masked: subject.phone_masked })),
    };
  }

  /** What the public confirmation page shows for a token (no login). */
  async publicRequest(ctx: RequestContext, token: string): Promise<PublicConsentRequestModel> {
    const request = await this.requestByToken(ctx, token, 'token_hash', false);
    return {
      businessName: request.client_name,
      language: request.language,
      title: request.title,
      text: request.body,
      textSha256: request.sha256,
      purposes: request.purposes,
      maskedPhoneNumber: request.phone_masked,
      expiresAt: request.expires_at,
      state: request.confirmed_at ? 'CONFIRMED' : request.expires_at.getTime() <= Date.now() ? 'EXPIRED' : 'PENDING',
    };
  }

  /** The person confirms: records CONFIRMED with time, IP, user agent and the exact text version. Works once. */
  async confirm(ctx: RequestContext, token: string): Promise<ConsentRequestModel> {
    const request = await this.requestByToken(ctx, token, 'token_hash', true);
    if (request.confirmed_at) throw conflict('This link has already been used');
    if (request.expires_at.getTime() <= Date.now()) throw conflict('This link has expired');
    if (request.erased_at) throw notFound();
    const now = new Date();
    const text = await (await ctx.repo(ConsentText)).findOneOrFail({ where: { id: request.text_version_id } });
    const records = await this.upsertRecords(ctx, request.client_id, request.subject_id, request.purposes, {
      status: `'CONFIRMED'`,
      set: { confirmed_at: now, withdrawn_at: null, expires_at: null, text_version_id: text.id },
      insert: { status: 'CONFIRMED', requested_at: request.created_at, confirmed_at: now, text_version_id: text.id },
    });
    await ctx.query(`UPDATE consent_request SET confirmed_at = $2 WHERE id = $1`, [request.id, now]);
    const key = this.vault.openDataKey(request.data_key_encrypted);
    const evidence = key ? this.vault.sealEvidence(key, { ip: ctx.meta.ip, userAgent: ctx.meta.userAgent, formUrl: request.form_url }) : null;
    await this.events(ctx, request.client_id, request.subject_id, records.map((r) => ({ recordId: r.id, purpose: r.purpose, type: 'CONFIRMED', source: request.source, occurredAt: now, text, evidence, requestId: request.id })));
    ctx.audit({ action: 'consent.confirmed', entityType: 'consent_request', entityId: request.id, clientId: request.client_id, changes: { subjectId: request.subject_id, purposes: request.purposes, textSha256: text.sha256 } });
    await this.rules.reevaluate(ctx, [request.client_id]);
    return { id: request.id, confirmationUrl: null, withdrawalUrl: null, expiresAt: request.expires_at, confirmedAt: now, records: records.map((r) => toRecordModel({ ...r, phone_masked: request.phone_masked })) };
  }

  async publicWithdrawal(ctx: RequestContext, token: string): Promise<PublicWithdrawalModel> {
    const request = await this.requestByToken(ctx, token, 'withdraw_token_hash', false);
    const active = await ctx.query<{ purpose: ConsentPurpose }>(
      `SELECT purpose FROM consent_record WHERE subject_id = $1 AND status IN ('CONFIRMED', 'PENDING') AND purpose = ANY($2::text[]) ORDER BY purpose`,
      [request.subject_id, request.purposes],
    );
    return { businessName: request.client_name, purposes: request.purposes, active: active.map((r) => r.purpose) };
  }

  /** The public withdrawal link: as easy as consenting, no login, works as often as needed. */
  async withdrawByToken(ctx: RequestContext, token: string, purposes: ConsentPurpose[] | null | undefined): Promise<PublicWithdrawalModel> {
    const request = await this.requestByToken(ctx, token, 'withdraw_token_hash', true);
    if (request.erased_at) throw notFound();
    const chosen = purposes?.length ? purposes.filter((p) => request.purposes.includes(p)) : request.purposes;
    const key = this.vault.openDataKey(request.data_key_encrypted);
    await this.withdrawRecords(ctx, request.client_id, request.subject_id, chosen, 'WEB_FORM', key ? this.vault.sealEvidence(key, { ip: ctx.meta.ip, userAgent: ctx.meta.userAgent }) : null, request.id);
    return this.publicWithdrawal(ctx, token);
  }

  /** A client's consent counts (maintained per status in the same transaction as every change). */
  async stats(ctx: RequestContext, clientId: string): Promise<{ pending: number; confirmed: number; withdrawn: number; expired: number }> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    const [row] = await ctx.query<{ pending: number; confirmed: number; withdrawn: number; expired: number }>(
      `SELECT consent_pending AS pending, consent_confirmed AS confirmed, consent_withdrawn AS withdrawn, consent_expired AS expired FROM client WHERE id = $1`,
      [clientId],
    );
    if (!row) throw notFound();
    return row;
  }

  // ── records ────────────────────────────────────────────────────────────────────────────────────────────────

  async record(ctx: RequestContext, input: RecordConsentInput): Promise<ConsentRecordModel[]> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const e164 = this.phone(input.phoneNumber);
    if (input.confirmedAt.getTime() > Date.now() + 5 * 60_000) throw badInput({ confirmedAt: 'Must not be in the future' });
    const text = await this.text(ctx, input.clientId, input.consentTextVersionId, input.purposes);
    const subject = await this.subjectFor(ctx, input.clientId, e164, true);
    const purposes = [...new Set(input.purposes)];
    const at = input.confirmedAt;
    const records = await this.upsertRecords(ctx, input.clientId, subject.id, purposes, {
      status: `'CONFIRMED'`,
      set: { confirmed_at: at, withdrawn_at: null, expires_at: null, text_version_id: text.id },
      insert: { status: 'CONFIRMED', requested_at: null, confirmed_at: at, text_version_id: text.id },
    });
    const key = this.vault.openDataKey(subject.data_key_encrypted);
    const evidence = key ? this.vault.sealEvidence(key, input.evidence) : null;
    await this.events(ctx, input.clientId, subject.id, records.map((r) => ({ recordId: r.id, purpose: r.purpose, type: 'CONFIRMED', source: input.source, occurredAt: at, text, evidence, requestId: null })));
    ctx.audit({ action: 'consent.recorded', entityType: 'consent_subject', entityId: subject.id, clientId: input.clientId, changes: { purposes, textVersionId: text.id, source: input.source, confirmedAt: at } });
    await this.rules.reevaluate(ctx, [input.clientId]);
    return records.map((r) => toRecordModel({ ...r, phone_masked: subject.phone_masked }));
  }

  async withdraw(ctx: RequestContext, input: WithdrawConsentInput): Promise<ConsentRecordModel[]> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const e164 = this.phone(input.phoneNumber);
    const subject = await this.subjectFor(ctx, input.clientId, e164, false);
    // "STOP" from a number we never had consent from: nothing to withdraw, nothing to reveal.
    if (!subject) return [];
    const purposes = input.purposes?.length ? [...new Set(input.purposes)] : [...CONSENT_PURPOSES];
    await this.withdrawRecords(ctx, input.clientId, subject.id, purposes, input.source ?? 'API', null, null);
    const rows = await ctx.query<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM consent_record r JOIN consent_subject s ON s.id = r.subject_id WHERE r.subject_id = $1 AND r.purpose = ANY($2::text[]) ORDER BY r.purpose`,
      [subject.id, purposes],
    );
    return rows.map(toRecordModel);
  }

  async list(ctx: RequestContext, clientId: string, filter: ConsentFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<ConsentRecordModel>> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    const limit = pageSize(first, 500);
    const where = ['r.client_id = $1'];
    const params: unknown[] = [clientId];
    if (filter?.status) where.push(`r.status = $${params.push(filter.status)}`);
    if (filter?.purpose) where.push(`r.purpose = $${params.push(filter.purpose)}`);
    if (filter?.phoneNumber) {
      const e164 = normalizePhone(filter.phoneNumber);
      if (!e164) throw badInput({ phoneNumber: 'Not a valid phone number' });
      where.push(`s.phone_index = $${params.push(this.vault.phoneIndex(clientId, e164))}`);
    }
    const countParams = [...params];
    const cursor = decodeCursor(after, [isCursorUuid]);
    if (cursor) where.push(`r.id < $${params.push(cursor[0])}`);
    const rows = await ctx.query<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM consent_record r JOIN consent_subject s ON s.id = r.subject_id WHERE ${where.join(' AND ')} ORDER BY r.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const [{ count }] = await ctx.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM consent_record r JOIN consent_subject s ON s.id = r.subject_id WHERE ${where.slice(0, where.length - (cursor ? 1 : 0)).join(' AND ')}`,
      countParams,
    );
    const page = rows.slice(0, limit);
    const edges = page.map((r) => ({ cursor: encodeCursor([r.id]), node: toRecordModel(r) }));
    return {
      edges,
      totalCount: count,
      pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(cursor), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** Events per record, for a page of records in one statement. */
  async eventsFor(ctx: RequestContext, recordIds: readonly string[]): Promise<Map<string, ConsentEventModel[]>> {
    const rows = await ctx.query<EventRow & { data_key_encrypted: Buffer | null }>(
      `SELECT e.id, e.record_id, e.subject_id, e.type, e.purpose, e.source, e.occurred_at, e.text_version_id, e.text_sha256, e.evidence_encrypted, e.actor_type, s.data_key_encrypted
         FROM consent_event e JOIN consent_subject s ON s.id = e.subject_id
        WHERE e.record_id = ANY($1::uuid[]) ORDER BY e.occurred_at, e.id`,
      [recordIds],
    );
    const keys = new Map<string, Buffer | null>();
    const result = new Map<string, ConsentEventModel[]>();
    for (const row of rows) {
      if (!keys.has(row.subject_id)) keys.set(row.subject_id, this.vault.openDataKey(row.data_key_encrypted));
      const list = result.get(row.record_id ?? '') ?? [];
      list.push(this.toEventModel(row, keys.get(row.subject_id) ?? null));
      result.set(row.record_id ?? '', list);
    }
    return result;
  }

  /** Everything that proves (or disproves) this person's consent, with the exact texts. */
  async proof(ctx: RequestContext, clientId: string, phoneNumber: string): Promise<ConsentProofModel> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    const e164 = this.phone(phoneNumber);
    const subject = await this.subjectFor(ctx, clientId, e164, false);
    if (!subject) throw notFound();
    const key = this.vault.openDataKey(subject.data_key_encrypted);
    const [{ name: clientName }] = await ctx.query<{ name: string }>(`SELECT name FROM client WHERE id = $1`, [clientId]);
    const records = await ctx.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consent_record r JOIN consent_subject s ON s.id = r.subject_id WHERE r.subject_id = $1 ORDER BY r.purpose`, [subject.id]);
    const events = await ctx.query<EventRow>(`SELECT * FROM consent_event WHERE subject_id = $1 ORDER BY occurred_at, id`, [subject.id]);
    const textIds = [...new Set(events.map((e) => e.text_version_id).filter((id): id is string => id !== null))];
    const texts = textIds.length ? await (await ctx.repo(ConsentText)).createQueryBuilder('t').where('t.id IN (:...ids)', { ids: textIds }).orderBy('t.version').getMany() : [];
    const proof = {
      subjectId: subject.id,
      clientId,
      clientName,
      phoneNumber: e164,
      maskedPhoneNumber: subject.phone_masked,
      generatedAt: new Date(),
      records: records.map(toRecordModel),
      events: events.map((e) => this.toEventModel(e, key)),
      textVersions: texts.map(toTextModel),
    };
    ctx.audit({ action: 'consent.proof_generated', entityType: 'consent_subject', entityId: subject.id, clientId, changes: { events: events.length } });
    return { ...proof, json: JSON.stringify(proof, null, 2) };
  }

  // ── erasure and legal hold ─────────────────────────────────────────────────────────────────────────────────

  async erase(ctx: RequestContext, input: EraseConsentSubjectInput): Promise<ErasureResultModel> {
    await this.access.requireClients(ctx, 'consents', 'delete', [input.clientId]);
    const e164 = this.phone(input.phoneNumber);
    const subject = await this.subjectFor(ctx, input.clientId, e164, false, true);
    if (!subject) throw notFound();
    if (subject.legal_hold_reason) throw new AppError('CONFLICT', `A legal hold blocks erasure: ${subject.legal_hold_reason}`);
    const now = new Date();
    // Identifiers and the data key go; records and events stay, pseudonymous, and the audit chain is untouched.
    await ctx.query(
      `UPDATE consent_subject SET phone_index = NULL, phone_encrypted = NULL, phone_masked = NULL, data_key_encrypted = NULL, erased_at = $2 WHERE id = $1`,
      [subject.id, now],
    );
    await ctx.query(`UPDATE consent_request SET token_hash = NULL, withdraw_token_hash = NULL WHERE subject_id = $1`, [subject.id]);
    const [{ count }] = await ctx.query<{ count: number }>(`SELECT count(*)::int AS count FROM consent_record WHERE subject_id = $1`, [subject.id]);
    await this.events(ctx, input.clientId, subject.id, [{ recordId: null, purpose: null, type: 'ERASED', source: 'API', occurredAt: now, text: null, evidence: null, requestId: null }]);
    ctx.audit({ action: 'consent.subject_erased', entityType: 'consent_subject', entityId: subject.id, clientId: input.clientId, changes: { records: count } });
    return { subjectId: subject.id, erasedAt: now, recordCount: count };
  }

  async setLegalHold(ctx: RequestContext, input: ConsentLegalHoldInput): Promise<ConsentSubjectStatusModel> {
    await this.access.requireClients(ctx, 'consents', 'delete', [input.clientId]);
    const e164 = this.phone(input.phoneNumber);
    const subject = await this.subjectFor(ctx, input.clientId, e164, false, true);
    if (!subject) throw notFound();
    const reason = input.reason?.trim() || null;
    const at = reason ? new Date() : null;
    await ctx.query(`UPDATE consent_subject SET legal_hold_reason = $2, legal_hold_at = $3 WHERE id = $1`, [subject.id, reason, at]);
    ctx.audit({
      action: reason ? 'consent.legal_hold_set' : 'consent.legal_hold_released',
      entityType: 'consent_subject',
      entityId: subject.id,
      clientId: input.clientId,
      changes: { reason: { before: subject.legal_hold_reason, after: reason } },
    });
    return { subjectId: subject.id, maskedPhoneNumber: subject.phone_masked, legalHoldReason: reason, legalHoldAt: at, erasedAt: subject.erased_at };
  }

  // ── jobs ───────────────────────────────────────────────────────────────────────────────────────────────────

  /** Pending opt-ins past their deadline become EXPIRED (event EXPIRED); returns how many. */
  async expirePendingOptIns(ctx: RequestContext, now: Date): Promise<number> {
    const expired = await ctx.query<{ id: string; client_id: string; subject_id: string; purpose: ConsentPurpose; text_version_id: string | null }>(
      // In a CTE: a bare UPDATE … RETURNING answers [rows, count] through TypeORM.
      `WITH changed AS (UPDATE consent_record SET status = 'EXPIRED', updated_at = $1 WHERE status = 'PENDING' AND expires_at <= $1
       RETURNING id, client_id, subject_id, purpose, text_version_id) SELECT * FROM changed`,
      [now],
    );
    if (expired.length === 0) return 0;
    await ctx.query(
      `INSERT INTO consent_event (id, tenant_id, client_id, subject_id, record_id, purpose, type, source, occurred_at, text_version_id, actor_type)
       SELECT e.id, $1, e.client_id, e.subject_id, e.record_id, e.purpose, 'EXPIRED', 'API', $2, e.text_version_id, 'SYSTEM'
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::uuid[]) AS e(id, client_id, subject_id, record_id, purpose, text_version_id)`,
      [ctx.tenantId, now, expired.map(() => newId()), expired.map((r) => r.client_id), expired.map((r) => r.subject_id), expired.map((r) => r.id), expired.map((r) => r.purpose), expired.map((r) => r.text_version_id)],
    );
    const perClient = new Map<string, number>();
    for (const r of expired) perClient.set(r.client_id, (perClient.get(r.client_id) ?? 0) + 1);
    for (const [clientId, count] of perClient) ctx.audit({ action: 'consent.expired', entityType: 'client', entityId: clientId, clientId, changes: { records: count } });
    await this.rules.reevaluate(ctx, [...perClient.keys()]);
    return expired.length;
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  phone(input: string): string {
    const e164 = normalizePhone(input);
    if (!e164) throw badInput({ phoneNumber: 'Not a valid phone number' });
    return e164;
  }

  private async text(ctx: RequestContext, clientId: string, id: string, purposes: ConsentPurpose[]): Promise<ConsentText> {
    if (!isUuid(id)) throw notFound();
    const text = await (await ctx.repo(ConsentText)).findOne({ where: { id, clientId } });
    if (!text) throw notFound();
    const missing = purposes.filter((p) => !text.purposes.includes(p));
    if (missing.length) throw badInput({ purposes: `Not covered by consent text version ${text.version}: ${missing.join(', ')}` });
    return text;
  }

  private async subjectFor(ctx: RequestContext, clientId: string, e164: string, create: true, lock?: boolean): Promise<SubjectRow>;
  private async subjectFor(ctx: RequestContext, clientId: string, e164: string, create: false, lock?: boolean): Promise<SubjectRow | null>;
  private async subjectFor(ctx: RequestContext, clientId: string, e164: string, create: boolean, lock = false): Promise<SubjectRow | null> {
    const index = this.vault.phoneIndex(clientId, e164);
    const columns = 'id, client_id, phone_masked, phone_encrypted, data_key_encrypted, legal_hold_reason, legal_hold_at, erased_at';
    const find = async (): Promise<SubjectRow | null> =>
      (await ctx.query<SubjectRow>(`SELECT ${columns} FROM consent_subject WHERE client_id = $1 AND phone_index = $2${lock ? ' FOR UPDATE' : ''}`, [clientId, index]))[0] ?? null;
    const found = await find();
    if (found || !create) return found;
    const dataKey = this.vault.newDataKey();
    await ctx.query(
      `INSERT INTO consent_subject (id, tenant_id, client_id, phone_index, phone_encrypted, phone_masked, data_key_encrypted)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tenant_id, client_id, phone_index) DO NOTHING`,
      [newId(), ctx.tenantId, clientId, index, this.vault.sealPhone(e164), maskPhone(e164), dataKey.sealed],
    );
    const created = await find();
    if (!created) throw new Error('consent subject vanished');
    return created;
  }

  private async upsertRecords(
    ctx: RequestContext,
    clientId: string,
    subjectId: string,
    purposes: readonly ConsentPurpose[],
    change: { status: string; set: Record<string, unknown>; insert: Record<string, unknown> & { status: ConsentStatus } },
  ): Promise<Omit<RecordRow, 'phone_masked'>[]> {
    const insertColumns = Object.keys(change.insert);
    const params: unknown[] = [ctx.tenantId, clientId, subjectId, purposes, purposes.map(() => newId())];
    const insertValues = insertColumns.map((column) => `$${params.push(change.insert[column])}`);
    const setClauses = Object.entries(change.set).map(([column, value]) => `${column} = $${params.push(value)}`);
    return ctx.query(
      `INSERT INTO consent_record (id, tenant_id, client_id, subject_id, purpose, updated_at, ${insertColumns.join(', ')})
       SELECT p.id, $1, $2, $3, p.purpose, now(), ${insertValues.join(', ')} FROM unnest($4::text[], $5::uuid[]) AS p(purpose, id)
       ON CONFLICT (tenant_id, subject_id, purpose) DO UPDATE SET status = ${change.status}, updated_at = now()${setClauses.map((c) => `, ${c}`).join('')}
       RETURNING id, client_id, subject_id, purpose, status, text_version_id, requested_at, confirmed_at, withdrawn_at, expires_at, updated_at`,
      params,
    );
  }

  private async withdrawRecords(ctx: RequestContext, clientId: string, subjectId: string, purposes: readonly ConsentPurpose[], source: ConsentSource, evidence: Buffer | null, requestId: string | null): Promise<void> {
    const now = new Date();
    const changed = await ctx.query<{ id: string; purpose: ConsentPurpose; text_version_id: string | null }>(
      `WITH changed AS (UPDATE consent_record SET status = 'WITHDRAWN', withdrawn_at = $3, expires_at = NULL, updated_at = $3
        WHERE subject_id = $1 AND purpose = ANY($2::text[]) AND status IN ('CONFIRMED', 'PENDING')
        RETURNING id, purpose, text_version_id) SELECT * FROM changed ORDER BY purpose`,
      [subjectId, purposes, now],
    );
    if (changed.length === 0) return;
    await this.events(ctx, clientId, subjectId, changed.map((r) => ({ recordId: r.id, purpose: r.purpose, type: 'WITHDRAWN', source, occurredAt: now, text: null, evidence, requestId })));
    ctx.audit({ action: 'consent.withdrawn', entityType: 'consent_subject', entityId: subjectId, clientId, changes: { purposes: changed.map((r) => r.purpose), source } });
    await this.rules.reevaluate(ctx, [clientId]);
  }

  private async events(ctx: RequestContext, clientId: string, subjectId: string, events: NewEvent[]): Promise<void> {
    if (events.length === 0) return;
    const actor = ctx.principal.actor;
    await ctx.query(
      `INSERT INTO consent_event (id, tenant_id, client_id, subject_id, record_id, purpose, type, source, occurred_at, text_version_id, text_sha256, evidence_encrypted, request_id, actor_type, actor_id)
       SELECT e.id, $1, $2, $3, e.record_id, e.purpose, e.type, e.source, e.occurred_at, e.text_version_id, e.text_sha256, e.evidence, e.request_id, $4, $5
         FROM unnest($6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::uuid[], $13::text[], $14::bytea[], $15::uuid[])
           AS e(id, record_id, purpose, type, source, occurred_at, text_version_id, text_sha256, evidence, request_id)`,
      [
        ctx.tenantId,
        clientId,
        subjectId,
        actor.type,
        actor.id,
        events.map(() => newId()),
        events.map((e) => e.recordId),
        events.map((e) => e.purpose),
        events.map((e) => e.type),
        events.map((e) => e.source),
        events.map((e) => e.occurredAt),
        events.map((e) => e.text?.id ?? null),
        events.map((e) => e.text?.sha256 ?? null),
        events.map((e) => e.evidence),
        events.map((e) => e.requestId),
      ],
    );
  }

  private async requestByToken(ctx: RequestContext, token: string, column: 'token_hash' | 'withdraw_token_hash', lock: boolean) {
    const parsed = parseTenantToken(token);
    if (!parsed) throw notFound();
    await ctx.become(publicPrincipal(parsed.tenantId));
    const rows = await ctx.query<{
      id: string;
      client_id: string;
      subject_id: string;
      text_version_id: string;
      purposes: ConsentPurpose[];
      source: ConsentSource;
      form_url: string | null;
      expires_at: Date;
      confirmed_at: Date | null;
      created_at: Date;
      client_name: string;
      language: string;
      title: string;
      body: string;
      sha256: string;
      phone_masked: string | null;
      data_key_encrypted: Buffer | null;
      erased_at: Date | null;
    }>(
      `SELECT q.id, q.client_id, q.subject_id, q.text_version_id, q.purposes, q.source, q.form_url, q.expires_at, q.confirmed_at, q.created_at,
              c.name AS client_name, t.language, t.title, t.body, t.sha256, s.phone_masked, s.data_key_encrypted, s.erased_at
         FROM consent_request q
         JOIN client c ON c.id = q.client_id
         JOIN consent_text t ON t.id = q.text_version_id
         JOIN consent_subject s ON s.id = q.subject_id
        WHERE q.${column} = $1${lock ? ' FOR UPDATE OF q' : ''}`,
      [parsed.hash],
    );
    const request = rows[0];
    if (!request) throw notFound();
    return request;
  }

  private toEventModel(row: EventRow, dataKey: Buffer | null): ConsentEventModel {
    return {
      id: row.id,
      type: row.type,
      purpose: row.purpose,
      source: row.source,
      occurredAt: row.occurred_at,
      textVersionId: row.text_version_id,
      textSha256: row.text_sha256,
      evidence: this.vault.openEvidence(dataKey, row.evidence_encrypted),
      actorType: row.actor_type,
    };
  }
}

export type { Evidence };
