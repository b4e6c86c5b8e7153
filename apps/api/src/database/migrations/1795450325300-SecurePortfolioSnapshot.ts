import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written: tenant foreign key, row-level security and runtime grants for the portfolio history. */
export class SecurePortfolioSnapshot1795450325300 implements MigrationInterface {
  name = 'SecurePortfolioSnapshot1795450325300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "portfolio_snapshot" ADD CONSTRAINT "portfolio_snapshot_tenant_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`,
    );
    // Firm-wide figures: no client scope; upserted (INSERT … ON CONFLICT DO UPDATE), never deleted.
    // secureTenantTable('portfolio_snapshot', { privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "portfolio_snapshot" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "portfolio_snapshot" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "portfolio_snapshot" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "portfolio_snapshot" TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "portfolio_snapshot"`);
    await queryRunner.query(`ALTER TABLE "portfolio_snapshot" DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`REVOKE ALL ON "portfolio_snapshot" FROM klarsicht_runtime`);
    await queryRunner.query(
      `ALTER TABLE "portfolio_snapshot" DROP CONSTRAINT IF EXISTS "portfolio_snapshot_tenant_tenant_fk"`,
    );
  }
}
