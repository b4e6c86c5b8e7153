import { Column, Entity, Index } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';

export const DOCUMENT_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'EXPIRED', 'ARCHIVED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A client's document (docs/architecture.md, Documents). `EXPIRED` = approved, but its review date has passed. */
@Entity({ name: 'document' })
@Index('document_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('document_client_idx', ['tenantId', 'clientId', 'id'])
@Index('document_review_idx', ['tenantId', 'nextReviewAt'])
export class DocumentEntity extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'text' }) type!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) status!: DocumentStatus;
  @Column({ name: 'review_interval_months', type: 'int', nullable: true }) reviewIntervalMonths!:
    number | null;
  @Column({ name: 'next_review_at', type: 'timestamptz', nullable: true }) nextReviewAt!: Date | null;
  @Column({ name: 'current_version_id', type: 'uuid', nullable: true }) currentVersionId!: string | null;
  @Column({ name: 'approved_version_id', type: 'uuid', nullable: true }) approvedVersionId!: string | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ name: 'approved_by', type: 'uuid', nullable: true }) approvedBy!: string | null;
  @Column({ name: 'return_reason', type: 'text', nullable: true }) returnReason!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One uploaded file of a document. The filename is metadata only; the bytes live under `storageKey`. */
@Entity({ name: 'document_version' })
@Index('document_version_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('document_version_number_key', ['tenantId', 'documentId', 'version'], { unique: true })
export class DocumentVersion extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'document_id', type: 'uuid' }) documentId!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'storage_key', type: 'text' }) storageKey!: string;
  @Column({ type: 'text' }) filename!: string;
  @Column({ name: 'content_type', type: 'text' }) contentType!: string;
  @Column({ type: 'bigint' }) size!: string;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy!: string | null;
}
