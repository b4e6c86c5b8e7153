import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';
import type { HostingRegion, TransferMechanism } from '@klarsicht/compliance-rules';

/** A WhatsApp Business Solution Provider in the firm's shared catalogue. */
@Entity({ name: 'bsp' })
@Index('bsp_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('bsp_tenant_name_key', ['tenantId', 'name'], { unique: true })
export class Bsp extends TenantOwned {
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'hosting_region', type: 'text' }) hostingRegion!: HostingRegion;
  @Column({ name: 'transfer_mechanism', type: 'text' }) transferMechanism!: TransferMechanism;
  @Column({ name: 'dpa_available', type: 'boolean', default: false }) dpaAvailable!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
