import { Column, Entity, Index } from 'typeorm';
import type { Role } from '@klarsicht/shared';
import { TenantOwned } from '@klarsicht/api-core';

@Entity({ name: 'invitation' })
@Index('invitation_tenant_token_key', ['tenantId', 'tokenHash'], { unique: true })
export class Invitation extends TenantOwned {
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text' }) role!: Role;
  @Column({ name: 'client_id', type: 'uuid', nullable: true }) clientId!: string | null;
  @Column({ name: 'token_hash', type: 'text' }) tokenHash!: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  // Withdrawn by the firm: the link no longer works.
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
}
