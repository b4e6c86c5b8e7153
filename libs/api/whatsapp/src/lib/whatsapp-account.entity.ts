import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';
import type { Variant, WhatsAppAnswers } from '@klarsicht/compliance-rules';

/** One WhatsApp number of a client, with its variant and the questionnaire answers. */
@Entity({ name: 'whatsapp_account' })
@Index('whatsapp_account_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('whatsapp_account_tenant_client_idx', ['tenantId', 'clientId'])
@Index('whatsapp_account_tenant_bsp_idx', ['tenantId', 'bspId'])
export class WhatsAppAccount extends TenantOwned {
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'text' }) label!: string;
  @Column({ type: 'text' }) variant!: Variant;
  @Column({ name: 'bsp_id', type: 'uuid', nullable: true }) bspId!: string | null;
  @Column({ type: 'jsonb' }) answers!: WhatsAppAnswers;
  @Column({ name: 'questionnaire_version', type: 'int' }) questionnaireVersion!: number;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy!: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
