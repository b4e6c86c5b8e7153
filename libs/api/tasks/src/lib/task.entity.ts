import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';

export const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export const TASK_SOURCES = [
  'MANUAL',
  'RULE',
  'DOCUMENT_REVIEW',
  'CONSENT_HYGIENE',
  'DATA_SUBJECT_REQUEST',
  'BREACH',
  'PROCESSING_REVIEW',
  'ATTESTATION',
  'CAMPAIGN',
] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];
export const OPEN_STATUSES: readonly TaskStatus[] = ['OPEN', 'IN_PROGRESS'];

/** Work for a client: written by staff or generated (rule, document review, consent hygiene). */
@Entity({ name: 'task' })
@Index('task_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('task_tenant_client_status_idx', ['tenantId', 'clientId', 'status'])
@Index('task_tenant_assignee_idx', ['tenantId', 'assigneeId'])
@Index('task_tenant_due_idx', ['tenantId', 'dueAt'])
// At most one open generated task per key: generating twice is idempotent.
@Index('task_generated_key_open_key', ['tenantId', 'clientId', 'generatedKey'], {
  unique: true,
  where: `status IN ('OPEN', 'IN_PROGRESS')`,
})
@Check('task_status_check', `status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED')`)
@Check('task_priority_check', `priority IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`)
export class Task extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'text', default: 'OPEN' }) status!: TaskStatus;
  @Column({ type: 'text', default: 'MEDIUM' }) priority!: TaskPriority;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ type: 'text', default: 'MANUAL' }) source!: TaskSource;
  @Column({ name: 'rule_id', type: 'text', nullable: true }) ruleId!: string | null;
  @Column({ name: 'generated_key', type: 'text', nullable: true }) generatedKey!: string | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
