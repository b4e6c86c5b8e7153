import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  decodeCursor,
  encodeCursor,
  isCursorUuid,
  notFound,
  pageSize,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { CONSENT_PURPOSES, type ConsentPurpose, type ConsentSource } from '../consent.enums';
import { ConsentVault, type MessageEvidence } from '../consent-vault';
import { distinctPurposes, toEventModel, toRecordModel } from '../consent.util';
import type { ConsentFilter, RecordConsentInput, WithdrawConsentInput } from '../dto/consent.inputs';
import type { ConsentEventModel, ConsentRecordModel } from '../models/consent.models';
import type { ConsentStatsModel } from '../models/consent-stats.model';
import { normalizePhone } from '../phone.util';
import { ConsentSubjectsService } from '../subjects/consent-subjects.service';
import { ConsentTextService } from '../texts/consent-text.service';
import { ConsentRecordRepository } from './consent-record.repository';

/** Consent records and their withdrawal: recorded from elsewhere, withdrawn ("STOP"), listed, expired. */
@Injectable()
export class ConsentRecordService {
  constructor(
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    private readonly subjects: ConsentSubjectsService,
    private readonly texts: ConsentTextService,
    private readonly records: ConsentRecordRepository,
    private readonly rules: ComplianceService,
  ) {}

  async record(ctx: RequestContext, input: RecordConsentInput): Promise<ConsentRecordModel[]> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const e164 = this.subjects.phone(input.phoneNumber);
    if (input.confirmedAt.getTime() > Date.now() + 5 * 60_000)
      throw badInput({ confirmedAt: 'Must not be in the future' });
    const text = await this.texts.covering(ctx, input.clientId, input.consentTextVersionId, input.purposes);
    const subject = await this.subjects.findOrCreate(ctx, input.clientId, e164);
    const purposes = distinctPurposes(input.purposes);
    const at = input.confirmedAt;
    const records = await this.records.upsert(ctx, input.clientId, subject.id, purposes, {
      status: `'CONFIRMED'`,
      set: { confirmed_at: at, withdrawn_at: null, expires_at: null, text_version_id: text.id },
      insert: { status: 'CONFIRMED', requested_at: null, confirmed_at: at, text_version_id: text.id },
    });
    const key = this.vault.openDataKey(subject.data_key_encrypted);
    const evidence = key ? this.vault.sealEvidence(key, input.evidence) : null;
    await this.records.insertEvents(
      ctx,
      input.clientId,
      subject.id,
      records.map((r) => ({
        recordId: r.id,
        purpose: r.purpose,
        type: 'CONFIRMED',
        source: input.source,
        occurredAt: at,
        text,
        evidence,
        requestId: null,
      })),
    );
    ctx.audit({
      action: 'consent.recorded',
      entityType: 'consent_subject',
      entityId: subject.id,
      clientId: input.clientId,
      changes: { purposes, textVersionId: text.id, source: input.source, confirmedAt: at },
    });
    await this.rules.reevaluate(ctx, [input.clientId]);
    return records.map((r) => toRecordModel({ ...r, phone_masked: subject.phone_masked }));
  }

  async withdraw(ctx: RequestContext, input: WithdrawConsentInput): Promise<ConsentRecordModel[]> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const e164 = this.subjects.phone(input.phoneNumber);
    const subject = await this.subjects.find(ctx, input.clientId, e164);
    // "STOP" from a number we never had consent from: nothing to withdraw, nothing to reveal.
    if (!subject) return [];
    const purposes = input.purposes?.length ? distinctPurposes(input.purposes) : [...CONSENT_PURPOSES];
    await this.withdrawRecords(ctx, input.clientId, subject.id, purposes, input.source ?? 'API', null, null);
    return (await this.records.ofSubject(ctx, subject.id, purposes)).map(toRecordModel);
  }

  /**
   * An opt-out keyword from a number through a messaging channel (the webhook has verified the provider's
   * signature and set the channel's firm): withdraws these purposes with the message as evidence. Returns how many
   * records changed; an unknown number changes nothing and says nothing more.
   */
  async withdrawByMessage(
    ctx: RequestContext,
    clientId: string,
    phoneNumber: string,
    purposes: readonly ConsentPurpose[],
    message: MessageEvidence,
  ): Promise<number> {
    const e164 = normalizePhone(phoneNumber);
    const subject = e164 ? await this.subjects.find(ctx, clientId, e164) : null;
    if (!subject || subject.erased_at) return 0;
    const key = this.vault.openDataKey(subject.data_key_encrypted);
    return this.withdrawRecords(
      ctx,
      clientId,
      subject.id,
      purposes.length ? distinctPurposes(purposes) : [...CONSENT_PURPOSES],
      'WHATSAPP_REPLY',
      key ? this.vault.sealEvidence(key, message) : null,
      null,
    );
  }

  /**
   * Withdraws the subject's confirmed and pending records of these purposes (WITHDRAWN events with the evidence),
   * audited, and re-evaluates the client; returns how many changed. Callers have checked access (or hold a
   * withdrawal link, or a verified webhook).
   */
  async withdrawRecords(
    ctx: RequestContext,
    clientId: string,
    subjectId: string,
    purposes: readonly ConsentPurpose[],
    source: ConsentSource,
    evidence: Buffer | null,
    requestId: string | null,
  ): Promise<number> {
    const now = new Date();
    const changed = await this.records.withdraw(ctx, subjectId, purposes, now);
    if (changed.length === 0) return 0;
    await this.records.insertEvents(
      ctx,
      clientId,
      subjectId,
      changed.map((r) => ({
        recordId: r.id,
        purpose: r.purpose,
        type: 'WITHDRAWN',
        source,
        occurredAt: now,
        text: null,
        evidence,
        requestId,
      })),
    );
    ctx.audit({
      action: 'consent.withdrawn',
      entityType: 'consent_subject',
      entityId: subjectId,
      clientId,
      changes: { purposes: changed.map((r) => r.purpose), source },
    });
    await this.rules.reevaluate(ctx, [clientId]);
    return changed.length;
  }

  async list(
    ctx: RequestContext,
    clientId: string,
    filter: ConsentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<ConsentRecordModel>> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    const limit = pageSize(first);
    let phoneIndex: string | null = null;
    if (filter?.phoneNumber) {
      const e164 = normalizePhone(filter.phoneNumber);
      if (!e164) throw badInput({ phoneNumber: 'Not a valid phone number' });
      phoneIndex = this.vault.phoneIndex(clientId, e164);
    }
    const cursor = decodeCursor(after, [isCursorUuid]);
    const { rows, total } = await this.records.page(
      ctx,
      clientId,
      { status: filter?.status, purpose: filter?.purpose, phoneIndex },
      limit,
      cursor ? String(cursor[0]) : null,
    );
    const edges = rows.slice(0, limit).map((r) => ({ cursor: encodeCursor([r.id]), node: toRecordModel(r) }));
    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: Boolean(cursor),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Events per record, for a page of records in one statement. */
  async eventsFor(
    ctx: RequestContext,
    recordIds: readonly string[],
  ): Promise<Map<string, ConsentEventModel[]>> {
    const rows = await this.records.eventsOfRecords(ctx, recordIds);
    const keys = new Map<string, Buffer | null>();
    const result = new Map<string, ConsentEventModel[]>();
    for (const row of rows) {
      if (!keys.has(row.subject_id)) keys.set(row.subject_id, this.vault.openDataKey(row.data_key_encrypted));
      const list = result.get(row.record_id ?? '') ?? [];
      list.push(
        toEventModel(row, this.vault.openEvidence(keys.get(row.subject_id) ?? null, row.evidence_encrypted)),
      );
      result.set(row.record_id ?? '', list);
    }
    return result;
  }

  async stats(ctx: RequestContext, clientId: string): Promise<ConsentStatsModel> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    const row = await this.records.stats(ctx, clientId);
    if (!row) throw notFound();
    return row;
  }

  /** Pending opt-ins past their deadline become EXPIRED (event EXPIRED); returns how many. */
  async expirePendingOptIns(ctx: RequestContext, now: Date): Promise<number> {
    const expired = await this.records.expirePending(ctx, now);
    if (expired.length === 0) return 0;
    const perClient = new Map<string, number>();
    for (const r of expired) perClient.set(r.client_id, (perClient.get(r.client_id) ?? 0) + 1);
    for (const [clientId, count] of perClient)
      ctx.audit({
        action: 'consent.expired',
        entityType: 'client',
        entityId: clientId,
        clientId,
        changes: { records: count },
      });
    await this.rules.reevaluate(ctx, [...perClient.keys()]);
    return expired.length;
  }
}
