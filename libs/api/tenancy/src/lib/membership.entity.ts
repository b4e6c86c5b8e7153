import { Check, Column, Entity, Index } from 'typeorm';
import type { Role } from '@klarsicht/shared';
import { TenantOwned } from '@klarsicht/api-core';

/** A user's role in a firm; client roles are bound to one client. */
@Entity({ name: 'membership' })
@Index('membership_tenant_user_key', ['tenantId', 'userId'], { unique: true })
@Index('membership_user_idx', ['userId'])
@Check(
  'membership_client_role_check',
  `(role IN ('CLIENT_ADMIN', 'CLIENT_VIEWER')) = (client_id IS NOT NULL)`,
)
export class Membership extends TenantOwned {
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) role!: Role;
  @Column({ name: 'client_id', type: 'uuid', nullable: true }) clientId!: string | null;
}
