import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One tamper-evident audit event; (tenant_id, seq) is gap-free per tenant and `hash` chains it to its predecessor. */
@Entity({ name: 'audit_event' })
@Index('audit_event_tenant_id_id_key', ['tenantId', 'id'], { unique: true })
@Index('audit_event_tenant_client_seq_idx', ['tenantId', 'clientId', 'seq'])
@Index('audit_event_tenant_action_seq_idx', ['tenantId', 'action', 'seq'])
export class AuditEvent {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ type: 'bigint' }) seq!: string;
  @Column({ type: 'uuid' }) id!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'actor_type', type: 'text' }) actorType!: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_label', type: 'text' }) actorLabel!: string;
  @Column({ name: 'client_id', type: 'uuid', nullable: true }) clientId!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ name: 'entity_type', type: 'text' }) entityType!: string;
  @Column({ name: 'entity_id', type: 'uuid', nullable: true }) entityId!: string | null;
  /** Canonical JSON text (sorted keys), exactly the bytes the chain hash covers. */
  @Column({ type: 'text', nullable: true }) changes!: string | null;
  @Column({ type: 'text', nullable: true }) ip!: string | null;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent!: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId!: string | null;
  @Column({ name: 'prev_hash', type: 'text' }) prevHash!: string;
  @Column({ type: 'text' }) hash!: string;
}

/** The head of each tenant's chain: last sequence number and hash. Its row lock serialises appends per tenant. */
@Entity({ name: 'audit_head' })
export class AuditHead {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ type: 'bigint' }) seq!: string;
  @Column({ type: 'text' }) hash!: string;
}
