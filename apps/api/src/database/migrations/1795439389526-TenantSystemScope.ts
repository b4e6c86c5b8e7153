import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: background jobs (pg-boss) work tenant by tenant. To learn which tenants exist, a job's
 * transaction sets `app.system = 'on'` and may then read tenant ids — nothing else becomes visible or
 * writable: every tenant-owned table still needs `app.tenant_id`, which the job sets per tenant.
 */
export class TenantSystemScope1795439389526 implements MigrationInterface {
  name = 'TenantSystemScope1795439389526';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE POLICY tenant_system_listing ON "tenant" FOR SELECT USING (current_setting('app.system', true) = 'on')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_system_listing ON "tenant"`);
  }
}
