import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';

/** A client company (Mandant) of a DPO firm. */
@Entity({ name: 'client' })
// Sort keys end in id (the cursor tie-breaker), so a page of 50 is an index range scan, not a sort of the whole firm.
@Index('client_tenant_name_id_idx', ['tenantId', 'name', 'id'])
@Index('client_tenant_id_key', ['tenantId', 'id'], { unique: true })
// Counting a firm's active clients is an index-only scan.
@Index('client_tenant_active_idx', ['tenantId', 'id'], { where: 'archived_at IS NULL' })
@Index('client_tenant_score_id_idx', ['tenantId', 'complianceScore', 'id'])
@Check('client_compliance_level_check', `compliance_level IN ('RED', 'AMBER', 'GREEN')`)
@Index('client_tenant_assigned_dpo_idx', ['tenantId', 'assignedDpoId'])
export class Client extends TenantOwned {
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @Column({ name: 'assigned_dpo_id', type: 'uuid', nullable: true }) assignedDpoId!: string | null;
  @Column({ type: 'text', nullable: true }) industry!: string | null;
  @Column({ name: 'federal_state', type: 'text', nullable: true }) federalState!: string | null;
  @Column({ type: 'text', nullable: true }) street!: string | null;
  @Column({ name: 'postal_code', type: 'text', nullable: true }) postalCode!: string | null;
  @Column({ type: 'text', nullable: true }) city!: string | null;
  @Column({ name: 'contact_name', type: 'text', nullable: true }) contactName!: string | null;
  @Column({ name: 'contact_email', type: 'text', nullable: true }) contactEmail!: string | null;

  // Maintained aggregates, so a portfolio page is one set-based read (rule engine, tasks, documents, consent).
  @Column({ name: 'compliance_score', type: 'int', default: 0 }) complianceScore!: number;
  @Column({ name: 'compliance_level', type: 'text', default: 'AMBER' }) complianceLevel!: string;
  @Column({ name: 'open_task_count', type: 'int', default: 0 }) openTaskCount!: number;
  @Column({ name: 'next_review_at', type: 'timestamptz', nullable: true }) nextReviewAt!: Date | null;
  @Column({ name: 'consent_pending', type: 'int', default: 0 }) consentPending!: number;
  @Column({ name: 'consent_confirmed', type: 'int', default: 0 }) consentConfirmed!: number;
  @Column({ name: 'consent_withdrawn', type: 'int', default: 0 }) consentWithdrawn!: number;
  @Column({ name: 'consent_expired', type: 'int', default: 0 }) consentExpired!: number;

  // Client attestations (docs/judgement.md): whether CLAIMED answers count for CRITICAL/HIGH rules, and after how
  // many months (1–60, checked by the input) an answer must be given again.
  @Column({ name: 'accept_claimed_answers', type: 'boolean', default: false }) acceptClaimedAnswers!: boolean;
  @Column({ name: 'reattestation_months', type: 'int', default: 12 }) reattestationMonths!: number;

  // Client-owned records name their client in `clientId`; for the client itself it is its own id.
  get clientId(): string {
    return this.id;
  }
}
