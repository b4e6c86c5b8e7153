import { Column, Entity, Index } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';
import type { ConsentTextFinding } from '@klarsicht/compliance-rules';
import type {
  ConsentConfirmVia,
  ConsentEventType,
  ConsentPurpose,
  ConsentSource,
  ConsentStatus,
  ImportState,
} from './consent.enums';

/** A published consent text: immutable (the runtime role may only insert and read it). */
@Entity({ name: 'consent_text' })
@Index('consent_text_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('consent_text_client_version_key', ['tenantId', 'clientId', 'version'], { unique: true })
export class ConsentText extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'text' }) language!: string;
  @Column({ type: 'text', array: true }) purposes!: ConsentPurpose[];
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) body!: string;
  // SHA-256 (hex) of the exact text the person saw: the title, a blank line, the body.
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
  // The review's findings at publication (docs/judgement.md); null for versions published before the review.
  @Column({ type: 'jsonb', nullable: true }) findings!: ConsentTextFinding[] | null;
  @Column({
    name: 'readability_score',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  readabilityScore!: number | null;
}

/**
 * A person (phone number) known to one client. The number is stored only encrypted (AES-256-GCM) with an HMAC
 * blind index for lookup. Evidence of this subject's events is encrypted under the subject's own data key, itself
 * sealed with the master key: erasure destroys the key and the identifiers, and the append-only history stays.
 */
@Entity({ name: 'consent_subject' })
@Index('consent_subject_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('consent_subject_lookup_key', ['tenantId', 'clientId', 'phoneIndex'], { unique: true })
export class ConsentSubject extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'phone_index', type: 'text', nullable: true }) phoneIndex!: string | null;
  @Column({ name: 'phone_encrypted', type: 'bytea', nullable: true }) phoneEncrypted!: Buffer | null;
  @Column({ name: 'phone_masked', type: 'text', nullable: true }) phoneMasked!: string | null;
  @Column({ name: 'data_key_encrypted', type: 'bytea', nullable: true }) dataKeyEncrypted!: Buffer | null;
  @Column({ name: 'legal_hold_reason', type: 'text', nullable: true }) legalHoldReason!: string | null;
  @Column({ name: 'legal_hold_at', type: 'timestamptz', nullable: true }) legalHoldAt!: Date | null;
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt!: Date | null;
}

/** Current state of one subject × purpose. */
@Entity({ name: 'consent_record' })
@Index('consent_record_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('consent_record_subject_purpose_key', ['tenantId', 'subjectId', 'purpose'], { unique: true })
@Index('consent_record_client_status_idx', ['tenantId', 'clientId', 'status', 'requestedAt'])
@Index('consent_record_client_idx', ['tenantId', 'clientId', 'id'])
export class ConsentRecord extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ type: 'text' }) purpose!: ConsentPurpose;
  @Column({ type: 'text' }) status!: ConsentStatus;
  @Column({ name: 'text_version_id', type: 'uuid', nullable: true }) textVersionId!: string | null;
  @Column({ name: 'requested_at', type: 'timestamptz', nullable: true }) requestedAt!: Date | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt!: Date | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Append-only history: the proof. Evidence (IP, user agent, form URL) is sealed with the subject's data key. */
@Entity({ name: 'consent_event' })
@Index('consent_event_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('consent_event_subject_idx', ['tenantId', 'subjectId', 'occurredAt'])
@Index('consent_event_record_idx', ['tenantId', 'recordId'])
export class ConsentEvent extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ name: 'record_id', type: 'uuid', nullable: true }) recordId!: string | null;
  @Column({ type: 'text', nullable: true }) purpose!: ConsentPurpose | null;
  @Column({ type: 'text' }) type!: ConsentEventType;
  @Column({ type: 'text' }) source!: ConsentSource;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'text_version_id', type: 'uuid', nullable: true }) textVersionId!: string | null;
  @Column({ name: 'text_sha256', type: 'text', nullable: true }) textSha256!: string | null;
  @Column({ name: 'evidence_encrypted', type: 'bytea', nullable: true }) evidenceEncrypted!: Buffer | null;
  @Column({ name: 'request_id', type: 'uuid', nullable: true }) requestId!: string | null;
  @Column({ name: 'actor_type', type: 'text' }) actorType!: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
}

/** A double opt-in request: the confirmation token is stored only as its SHA-256. */
@Entity({ name: 'consent_request' })
@Index('consent_request_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('consent_request_token_key', ['tenantId', 'tokenHash'], { unique: true })
@Index('consent_request_withdraw_token_key', ['tenantId', 'withdrawTokenHash'], { unique: true })
@Index('consent_request_subject_idx', ['tenantId', 'subjectId'])
export class ConsentRequest extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ name: 'text_version_id', type: 'uuid' }) textVersionId!: string;
  @Column({ type: 'text', array: true }) purposes!: ConsentPurpose[];
  @Column({ type: 'text' }) source!: ConsentSource;
  @Column({ name: 'form_url', type: 'text', nullable: true }) formUrl!: string | null;
  @Column({ name: 'token_hash', type: 'text', nullable: true }) tokenHash!: string | null;
  @Column({ name: 'withdraw_token_hash', type: 'text', nullable: true }) withdrawTokenHash!: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt!: Date | null;
  // LINK: the public confirmation page; WHATSAPP_REPLY: a confirmation keyword from the number (messaging webhook).
  @Column({ name: 'confirm_via', type: 'text', default: 'LINK' }) confirmVia!: ConsentConfirmVia;
}

/** One CSV import: progress is committed separately so that it can be read while the import runs. */
@Entity({ name: 'consent_import' })
@Index('consent_import_tenant_id_key', ['tenantId', 'id'], { unique: true })
export class ConsentImport extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'text' }) state!: ImportState;
  @Column({ name: 'dry_run', type: 'boolean' }) dryRun!: boolean;
  @Column({ name: 'processed_rows', type: 'int', default: 0 }) processedRows!: number;
  @Column({ name: 'imported_rows', type: 'int', default: 0 }) importedRows!: number;
  @Column({ name: 'error_count', type: 'int', default: 0 }) errorCount!: number;
  // The first errors by line (at most 1,000), each { line, field, message }.
  @Column({ type: 'jsonb', default: () => `'[]'` }) errors!: {
    line: number;
    field: string | null;
    message: string;
  }[];
  @Column({ name: 'file_sha256', type: 'text', nullable: true }) fileSha256!: string | null;
  @Column({ name: 'file_bytes', type: 'bigint', default: 0 }) fileBytes!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
