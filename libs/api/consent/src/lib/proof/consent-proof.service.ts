import { Injectable } from '@nestjs/common';
import { AccessService, notFound, type RequestContext } from '@klarsicht/api-core';
import { ConsentVault } from '../consent-vault';
import { toEventModel, toRecordModel, toTextModel } from '../consent.util';
import type { ConsentProofModel } from '../models/consent.models';
import { ConsentRecordRepository } from '../records/consent-record.repository';
import { ConsentSubjectsService } from '../subjects/consent-subjects.service';
import { ConsentTextRepository } from '../texts/consent-text.repository';

/** Everything that proves (or disproves) one person's consent with a client, with the exact texts they saw. */
@Injectable()
export class ConsentProofService {
  constructor(
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    private readonly subjects: ConsentSubjectsService,
    private readonly records: ConsentRecordRepository,
    private readonly texts: ConsentTextRepository,
  ) {}

  async proof(ctx: RequestContext, clientId: string, phoneNumber: string): Promise<ConsentProofModel> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    const e164 = this.subjects.phone(phoneNumber);
    const subject = await this.subjects.find(ctx, clientId, e164);
    if (!subject) throw notFound();
    const key = this.vault.openDataKey(subject.data_key_encrypted);
    const clientName = await this.records.clientName(ctx, clientId);
    const records = await this.records.ofSubject(ctx, subject.id);
    const events = await this.records.eventsOfSubject(ctx, subject.id);
    const texts = await this.texts.findMany(ctx, [
      ...new Set(events.map((e) => e.text_version_id).filter((id): id is string => id !== null)),
    ]);
    const proof = {
      subjectId: subject.id,
      clientId,
      clientName,
      phoneNumber: e164,
      maskedPhoneNumber: subject.phone_masked,
      generatedAt: new Date(),
      records: records.map(toRecordModel),
      events: events.map((e) => toEventModel(e, this.vault.openEvidence(key, e.evidence_encrypted))),
      textVersions: texts.map(toTextModel),
    };
    ctx.audit({
      action: 'consent.proof_generated',
      entityType: 'consent_subject',
      entityId: subject.id,
      clientId,
      changes: { events: events.length },
    });
    return { ...proof, json: JSON.stringify(proof, null, 2) };
  }
}
