import { sha256Hex } from '@klarsicht/api-core';
import {
  hasBlockingFinding,
  type ConsentTextFinding,
  type ConsentTextLintResult,
} from '@klarsicht/compliance-rules';
import type { ConsentEventType, ConsentPurpose, ConsentSource, ConsentStatus } from './consent.enums';
import type { ConsentText } from './consent.entities';
import type { Evidence } from './consent-vault';
import type { ConsentTextFindingModel, ConsentTextReviewModel } from './models/consent-text-review.model';
import type { ConsentEventModel, ConsentRecordModel, ConsentTextVersionModel } from './models/consent.models';

export type RecordRow = {
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

export type EventRow = {
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
  findings: t.findings?.map(toTextFindingModel) ?? null,
  readabilityScore: t.readabilityScore,
});

export const toTextFindingModel = (f: ConsentTextFinding): ConsentTextFindingModel => ({
  checkId: f.checkId,
  severity: f.severity,
  message: f.messageDe,
  messageEn: f.messageEn,
  legalReference: f.legalReference,
  purpose: f.purpose,
  start: f.start,
  end: f.end,
});

export const toTextReviewModel = (review: ConsentTextLintResult): ConsentTextReviewModel => ({
  findings: review.findings.map(toTextFindingModel),
  readability: review.readability,
  highestSeverity: review.highestSeverity,
  blocking: hasBlockingFinding(review.findings),
});

export const toEventModel = (row: EventRow, evidence: Evidence | null): ConsentEventModel => ({
  id: row.id,
  type: row.type,
  purpose: row.purpose,
  source: row.source,
  occurredAt: row.occurred_at,
  textVersionId: row.text_version_id,
  textSha256: row.text_sha256,
  evidence,
  actorType: row.actor_type,
});

/** The exact text a person sees, hashed: the title (if any), a blank line, the body. */
export const consentTextHash = (title: string, body: string): string =>
  sha256Hex(title ? `${title}\n\n${body}` : body);

/** Distinct purposes, in the order given. */
export const distinctPurposes = (purposes: readonly ConsentPurpose[]): ConsentPurpose[] => [
  ...new Set(purposes),
];
