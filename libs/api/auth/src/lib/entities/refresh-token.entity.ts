import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@klarsicht/api-core';

/** Rotating refresh tokens; all tokens of one sign-in share a family, revoked together on reuse. */
@Entity({ name: 'refresh_token' })
@Index('refresh_token_hash_key', ['tokenHash'], { unique: true })
@Index('refresh_token_family_idx', ['familyId'])
export class RefreshToken {
  @PrimaryColumn({ type: 'uuid' }) id: string = newId();
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'family_id', type: 'uuid' }) familyId!: string;
  @Column({ name: 'active_tenant_id', type: 'uuid' }) activeTenantId!: string;
  @Column({ name: 'token_hash', type: 'text' }) tokenHash!: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true }) rotatedAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  // The device and network of the sign-in, for the session list (the IP anonymised to its prefix).
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent!: string | null;
  @Column({ type: 'text', nullable: true }) ip!: string | null;
  // The firm whose single sign-on opened this session; such a session does not switch firms.
  @Column({ name: 'sso_tenant_id', type: 'uuid', nullable: true }) ssoTenantId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
