import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@klarsicht/api-core';

/** A global identity; what it may do is decided per firm by its memberships. */
@Entity({ name: 'app_user' })
@Index('app_user_email_key', ['email'], { unique: true })
export class User {
  @PrimaryColumn({ type: 'uuid' }) id: string = newId();
  // Stored lower-cased.
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text' }) name!: string;
  // Null for a member who only signs in through the firm's SSO (just-in-time provisioning).
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash!: string | null;
  // AES-256-GCM sealed TOTP secret; enabled only after a first code was confirmed.
  @Column({ name: 'totp_secret', type: 'bytea', nullable: true }) totpSecret!: Buffer | null;
  @Column({ name: 'totp_enabled', type: 'boolean', default: false }) totpEnabled!: boolean;
  // Time step of the last accepted code: a code works once.
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true }) totpLastStep!: string | null;
  @Column({ name: 'last_tenant_id', type: 'uuid', nullable: true }) lastTenantId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
