import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantRuntime, makeAppendOnly, RLS_EXPRESSIONS, secureTenantTable } from '../rls';

/** Hand-written: tenant-safe foreign keys, row-level security, grants for the runtime role, append-only audit. */
export class SecureIdentity1795431607300 implements MigrationInterface {
  name = 'SecureIdentity1795431607300';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Tenant-safe foreign keys: a reference can never point into another tenant.
    await queryRunner.query(`ALTER TABLE "client" ADD CONSTRAINT "client_tenant_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "membership_tenant_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "membership_user_tenant_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id")`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "membership_client_tenant_fk" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_tenant_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_client_tenant_fk" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "refresh_token_user_tenant_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`);

    // Row-level security: a user sees their own memberships in every firm (to pick one), all else per tenant.
    const { TENANT, USER } = RLS_EXPRESSIONS;
    await secureTenantTable(queryRunner, 'membership', { alsoVisible: `user_id = ${USER}` });
    await secureTenantTable(queryRunner, 'invitation');
    await secureTenantTable(queryRunner, 'client', { clientColumn: 'id' });
    await secureTenantTable(queryRunner, 'audit_head', { privileges: ['SELECT', 'INSERT', 'UPDATE'] });
    await secureTenantTable(queryRunner, 'audit_event', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT'] });
    await makeAppendOnly(queryRunner, 'audit_event');
    await queryRunner.query(`ALTER TABLE "tenant" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "tenant" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "tenant" USING (id = ${TENANT} OR id IN (SELECT tenant_id FROM membership WHERE user_id = ${USER})) WITH CHECK (id = ${TENANT})`,
    );
    await grantRuntime(queryRunner, 'tenant', ['SELECT', 'INSERT', 'UPDATE']);
    // Global identity tables (not tenant-owned).
    await grantRuntime(queryRunner, 'app_user', ['SELECT', 'INSERT', 'UPDATE']);
    await grantRuntime(queryRunner, 'refresh_token', ['SELECT', 'INSERT', 'UPDATE']);
    await grantRuntime(queryRunner, 'sign_in_attempt', ['SELECT', 'INSERT']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_event_no_truncate ON "audit_event"`);
    for (const table of ['tenant', 'membership', 'invitation', 'client', 'audit_head', 'audit_event']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    for (const [table, fk] of [
      ['client', 'client_tenant_tenant_fk'], ['membership', 'membership_tenant_tenant_fk'], ['membership', 'membership_user_tenant_fk'],
      ['membership', 'membership_client_tenant_fk'], ['invitation', 'invitation_tenant_tenant_fk'], ['invitation', 'invitation_client_tenant_fk'],
      ['refresh_token', 'refresh_token_user_tenant_fk'],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT IF EXISTS "${fk}"`);
    }
  }
}
