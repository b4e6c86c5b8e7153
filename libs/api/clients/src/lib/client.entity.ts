import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';

/** A client company (Mandant) of a DPO firm. */
@Entity({ name: 'client' })
@Index('client_tenant_name_idx', ['tenantId', 'name'])
@Index('client_tenant_id_key', ['tenantId', 'id'], { unique: true })
export class Client extends TenantOwned {
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  // Client-owned records name their client in `clientId`; for the client itself it is its own id.
  get clientId(): string {
    return this.id;
  }
}
