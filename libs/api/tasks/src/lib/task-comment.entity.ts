import { Column, Entity, Index } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';

@Entity({ name: 'task_comment' })
@Index('task_comment_tenant_task_idx', ['tenantId', 'taskId'])
export class TaskComment extends TenantOwned {
  @Column({ name: 'task_id', type: 'uuid' }) taskId!: string;
  // Denormalised from the task so row-level security can scope comments to the client.
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ name: 'author_label', type: 'text' }) authorLabel!: string;
  @Column({ type: 'text' }) body!: string;
}
