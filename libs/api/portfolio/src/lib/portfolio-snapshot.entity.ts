import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@klarsicht/api-core';

/** One row per firm and calendar day (Europe/Berlin): the portfolio's counts as they stood that day. */
@Entity({ name: 'portfolio_snapshot' })
@Index('portfolio_snapshot_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('portfolio_snapshot_tenant_day_key', ['tenantId', 'day'], { unique: true })
export class PortfolioSnapshot extends TenantOwned {
  // A calendar date, kept as the 'YYYY-MM-DD' string PostgreSQL returns (no time zone shifts).
  @Column({ type: 'date' }) day!: string;
  @Column({ name: 'client_count', type: 'int' }) clientCount!: number;
  @Column({ type: 'int' }) red!: number;
  @Column({ type: 'int' }) amber!: number;
  @Column({ type: 'int' }) green!: number;
  @Column({ name: 'open_tasks', type: 'int' }) openTasks!: number;
  @Column({ name: 'overdue_tasks', type: 'int' }) overdueTasks!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
