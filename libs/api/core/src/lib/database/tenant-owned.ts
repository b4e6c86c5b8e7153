import { Column, CreateDateColumn, PrimaryColumn } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';

export const newId = (): string => uuidv7();

/** Columns every tenant-owned row has. Unique keys and indexes lead with tenant_id (Citus-ready). */
export abstract class TenantOwned {
  // UUIDv7, generated here so that every insert path (entities, raw SQL, COPY) uses the same ids.
  @PrimaryColumn({ type: 'uuid' })
  id: string = newId();

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
