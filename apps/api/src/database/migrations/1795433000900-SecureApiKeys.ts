import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written: tenant-safe foreign keys, row-level security and runtime grants for API keys. */
export class SecureApiKeys1795433000900 implements MigrationInterface {
  name = 'SecureApiKeys1795433000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "api_key_tenant_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "api_key_client_tenant_fk" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "api_key_user_tenant_fk" FOREIGN KEY ("created_by") REFERENCES "app_user"("id")`,
    );
    // Keys are revoked, never deleted: the audit log keeps naming them as actors.
    // secureTenantTable('api_key', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "api_key" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "api_key" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "api_key" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "api_key" TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "api_key"`);
    await queryRunner.query(`ALTER TABLE "api_key" DISABLE ROW LEVEL SECURITY`);
    for (const constraint of [
      'api_key_tenant_tenant_fk',
      'api_key_client_tenant_fk',
      'api_key_user_tenant_fk',
    ]) {
      await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT IF EXISTS "${constraint}"`);
    }
  }
}
