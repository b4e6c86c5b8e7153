import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { newId } from '@klarsicht/api-core';

/** A DPO firm. */
@Entity({ name: 'tenant' })
export class Tenant {
  @PrimaryColumn({ type: 'uuid' }) id: string = newId();
  @Column({ type: 'text' }) name!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
