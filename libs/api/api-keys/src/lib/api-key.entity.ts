import { Column, Entity, Index } from 'typeorm';
import type { ApiScope } from '@klarsicht/shared';
import { TenantOwned } from '@klarsicht/api-core';

/** A scoped credential for an integration; only the SHA-256 of the key is stored. */
@Entity({ name: 'api_key' })
@Index('api_key_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('api_key_tenant_created_idx', ['tenantId', 'createdAt'])
export class ApiKey extends TenantOwned {
  @Column({ type: 'text' }) name!: string;
  // Display hint only (`ks_live_…1a2b`): never enough to use or guess the key.
  @Column({ type: 'text' }) prefix!: string;
  @Column({ name: 'secret_hash', type: 'text' }) secretHash!: string;
  @Column({ type: 'text', array: true }) scopes!: ApiScope[];
  @Column({ name: 'client_id', type: 'uuid', nullable: true }) clientId!: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
}
