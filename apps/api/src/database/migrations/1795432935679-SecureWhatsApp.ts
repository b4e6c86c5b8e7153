import type { MigrationInterface, QueryRunner } from 'typeorm';

const FOREIGN_KEYS: [table: string, name: string, definition: string][] = [
  ['client', 'client_assigned_dpo_tenant_fk', `FOREIGN KEY ("assigned_dpo_id") REFERENCES "app_user"("id")`],
  ['bsp', 'bsp_tenant_tenant_fk', `FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id")`],
  [
    'whatsapp_account',
    'whatsapp_account_client_tenant_fk',
    `FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
  ],
  [
    'whatsapp_account',
    'whatsapp_account_bsp_tenant_fk',
    `FOREIGN KEY ("tenant_id", "bsp_id") REFERENCES "bsp"("tenant_id", "id")`,
  ],
  [
    'task',
    'task_client_tenant_fk',
    `FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
  ],
  [
    'task_comment',
    'task_comment_task_tenant_fk',
    `FOREIGN KEY ("tenant_id", "task_id") REFERENCES "task"("tenant_id", "id") ON DELETE CASCADE`,
  ],
  [
    'task_comment',
    'task_comment_client_tenant_fk',
    `FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
  ],
];

/** Hand-written: tenant-safe foreign keys and row-level security for the portfolio, WhatsApp and task tables. */
export class SecureWhatsApp1795432935679 implements MigrationInterface {
  name = 'SecureWhatsApp1795432935679';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name, definition] of FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" ${definition}`);
    }
    // secureTenantTable('bsp', { privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "bsp" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "bsp" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "bsp" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "bsp" TO klarsicht_runtime`);
    // secureTenantTable('whatsapp_account', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] }), frozen
    await queryRunner.query(`ALTER TABLE "whatsapp_account" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "whatsapp_account" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "whatsapp_account" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "whatsapp_account" TO klarsicht_runtime`,
    );
    // secureTenantTable('task', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "task" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "task" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "task" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "task" TO klarsicht_runtime`);
    // secureTenantTable('task_comment', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT'] }), frozen
    await queryRunner.query(`ALTER TABLE "task_comment" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "task_comment" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "task_comment" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "task_comment" TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['bsp', 'whatsapp_account', 'task', 'task_comment']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM klarsicht_runtime`);
    }
    for (const [table, name] of [...FOREIGN_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT IF EXISTS "${name}"`);
    }
  }
}
