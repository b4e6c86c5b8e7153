import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@klarsicht/api-core';

/** Failed and successful sign-ins for throttling; email and IP only as keyed hashes. */
@Entity({ name: 'sign_in_attempt' })
@Index('sign_in_attempt_email_idx', ['emailHash', 'createdAt'])
@Index('sign_in_attempt_ip_idx', ['ipHash', 'createdAt'])
export class SignInAttempt {
  @PrimaryColumn({ type: 'uuid' }) id: string = newId();
  @Column({ name: 'email_hash', type: 'text' }) emailHash!: string;
  @Column({ name: 'ip_hash', type: 'text', nullable: true }) ipHash!: string | null;
  @Column({ type: 'boolean' }) succeeded!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
