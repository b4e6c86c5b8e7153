import { Injectable } from '@nestjs/common';
import { AccessService, AppError, notFound, type RequestContext } from '@klarsicht/api-core';
import type { ConsentLegalHoldInput, EraseConsentSubjectInput } from '../dto/consent.inputs';
import type { ConsentSubjectStatusModel, ErasureResultModel } from '../models/consent.models';
import { ConsentRecordRepository } from '../records/consent-record.repository';
import { ConsentRequestRepository } from '../requests/consent-request.repository';
import { ConsentSubjectRepository } from '../subjects/consent-subject.repository';
import { ConsentSubjectsService } from '../subjects/consent-subjects.service';

/** Art. 17 erasure of a person's identifiers, and the legal hold that blocks it. */
@Injectable()
export class ConsentErasureService {
  constructor(
    private readonly access: AccessService,
    private readonly subjects: ConsentSubjectsService,
    private readonly subjectRows: ConsentSubjectRepository,
    private readonly requests: ConsentRequestRepository,
    private readonly records: ConsentRecordRepository,
  ) {}

  async erase(ctx: RequestContext, input: EraseConsentSubjectInput): Promise<ErasureResultModel> {
    await this.access.requireClients(ctx, 'consents', 'delete', [input.clientId]);
    const subject = await this.subjects.find(
      ctx,
      input.clientId,
      this.subjects.phone(input.phoneNumber),
      true,
    );
    if (!subject) throw notFound();
    if (subject.legal_hold_reason)
      throw new AppError('CONFLICT', `A legal hold blocks erasure: ${subject.legal_hold_reason}`);
    const now = new Date();
    // Identifiers and the data key go; records and events stay, pseudonymous, and the audit chain is untouched.
    await this.subjectRows.erase(ctx, subject.id, now);
    await this.requests.revokeTokens(ctx, subject.id);
    const count = await this.records.countOfSubject(ctx, subject.id);
    await this.records.insertEvents(ctx, input.clientId, subject.id, [
      {
        recordId: null,
        purpose: null,
        type: 'ERASED',
        source: 'API',
        occurredAt: now,
        text: null,
        evidence: null,
        requestId: null,
      },
    ]);
    ctx.audit({
      action: 'consent.subject_erased',
      entityType: 'consent_subject',
      entityId: subject.id,
      clientId: input.clientId,
      changes: { records: count },
    });
    return { subjectId: subject.id, erasedAt: now, recordCount: count };
  }

  async setLegalHold(ctx: RequestContext, input: ConsentLegalHoldInput): Promise<ConsentSubjectStatusModel> {
    await this.access.requireClients(ctx, 'consents', 'delete', [input.clientId]);
    const subject = await this.subjects.find(
      ctx,
      input.clientId,
      this.subjects.phone(input.phoneNumber),
      true,
    );
    if (!subject) throw notFound();
    const reason = input.reason?.trim() || null;
    const at = reason ? new Date() : null;
    await this.subjectRows.setLegalHold(ctx, subject.id, reason, at);
    ctx.audit({
      action: reason ? 'consent.legal_hold_set' : 'consent.legal_hold_released',
      entityType: 'consent_subject',
      entityId: subject.id,
      clientId: input.clientId,
      changes: { reason: { before: subject.legal_hold_reason, after: reason } },
    });
    return {
      subjectId: subject.id,
      maskedPhoneNumber: subject.phone_masked,
      legalHoldReason: reason,
      legalHoldAt: at,
      erasedAt: subject.erased_at,
    };
  }
}
