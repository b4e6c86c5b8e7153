import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { newId } from '@klarsicht/api-core';

/** A DPO firm. */
@Entity({ name: 'tenant' })
export class Tenant {
  @PrimaryColumn({ type: 'uuid' }) id: string = newId();
  @Column({ type: 'text' }) name!: string;
  // Firm policy: staff (OWNER, DPO, ASSISTANT, AUDITOR) set up two-factor sign-in before anything else.
  @Column({ name: 'require_two_factor', type: 'boolean', default: false }) requireTwoFactor!: boolean;
  // Firm policy: non-owner staff sign in through the firm's SSO only (tenant_sso); owners keep their password.
  @Column({ name: 'require_sso', type: 'boolean', default: false }) requireSso!: boolean;
  // Kept by triggers on client (migration TenantActiveClientCount); never written by the application.
  @Column({
    name: 'active_client_count',
    type: 'int',
    default: 0,
    select: false,
    insert: false,
    update: false,
  })
  activeClientCount!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
