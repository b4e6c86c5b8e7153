import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written: tenant-safe foreign keys, row-level security, grants for the runtime role, append-only audit. */
export class SecureIdentity1795431607300 implements MigrationInterface {
  name = 'SecureIdentity1795431607300';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Tenant-safe foreign keys: a reference can never point into another tenant.
    await queryRunner.query(
      `ALTER TABLE "client" ADD CONSTRAINT "client_tenant_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_tenant_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_user_tenant_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_client_tenant_fk" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "invitation_tenant_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "invitation_client_tenant_fk" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "refresh_token_user_tenant_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`,
    );

    // Row-level security: a user sees their own memberships in every firm (to pick one), all else per tenant.
    const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
    const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;
    // secureTenantTable('membership', { alsoVisible: `user_id = ${USER}` }), frozen
    await queryRunner.query(`ALTER TABLE "membership" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "membership" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "membership" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)) OR (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "membership" TO klarsicht_runtime`);
    // secureTenantTable('invitation'), frozen
    await queryRunner.query(`ALTER TABLE "invitation" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "invitation" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "invitation" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "invitation" TO klarsicht_runtime`);
    // secureTenantTable('client', { clientColumn: 'id' }), frozen
    await queryRunner.query(`ALTER TABLE "client" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "client" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "client" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "client" TO klarsicht_runtime`);
    // secureTenantTable('audit_head', { privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "audit_head" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_head" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "audit_head" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "audit_head" TO klarsicht_runtime`);
    // secureTenantTable('audit_event', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT'] }), frozen
    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_event" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "audit_event" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_event" TO klarsicht_runtime`);
    // makeAppendOnly('audit_event'), frozen
    await queryRunner.query(`
    CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
    );
    await queryRunner.query(`ALTER TABLE "tenant" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "tenant" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "tenant" USING (id = ${TENANT} OR id IN (SELECT tenant_id FROM membership WHERE user_id = ${USER})) WITH CHECK (id = ${TENANT})`,
    );
    // grantRuntime('tenant', ['SELECT', 'INSERT', 'UPDATE']), frozen
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "tenant" TO klarsicht_runtime`);
    // Global identity tables (not tenant-owned).
    // grantRuntime('app_user', ['SELECT', 'INSERT', 'UPDATE']), frozen
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "app_user" TO klarsicht_runtime`);
    // grantRuntime('refresh_token', ['SELECT', 'INSERT', 'UPDATE']), frozen
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "refresh_token" TO klarsicht_runtime`);
    // grantRuntime('sign_in_attempt', ['SELECT', 'INSERT']), frozen
    await queryRunner.query(`GRANT SELECT, INSERT ON "sign_in_attempt" TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_event_no_truncate ON "audit_event"`);
    for (const table of ['tenant', 'membership', 'invitation', 'client', 'audit_head', 'audit_event']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    for (const [table, fk] of [
      ['client', 'client_tenant_tenant_fk'],
      ['membership', 'membership_tenant_tenant_fk'],
      ['membership', 'membership_user_tenant_fk'],
      ['membership', 'membership_client_tenant_fk'],
      ['invitation', 'invitation_tenant_tenant_fk'],
      ['invitation', 'invitation_client_tenant_fk'],
      ['refresh_token', 'refresh_token_user_tenant_fk'],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT IF EXISTS "${fk}"`);
    }
  }
}
