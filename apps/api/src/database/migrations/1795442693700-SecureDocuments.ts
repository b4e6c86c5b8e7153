import type { MigrationInterface, QueryRunner } from 'typeorm';

const FOREIGN_KEYS: [table: string, name: string, definition: string][] = [
  [
    'document',
    'document_client_tenant_fk',
    `FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
  ],
  [
    'document_version',
    'document_version_client_tenant_fk',
    `FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
  ],
  [
    'document_version',
    'document_version_document_tenant_fk',
    `FOREIGN KEY ("tenant_id", "document_id") REFERENCES "document"("tenant_id", "id")`,
  ],
];

/** Hand-written: tenant-safe foreign keys and row-level security (with the client scope) for documents. */
export class SecureDocuments1795442693700 implements MigrationInterface {
  name = 'SecureDocuments1795442693700';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name, definition] of FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" ${definition}`);
    }
    // Documents are archived, never deleted; versions are immutable records of what was uploaded.
    // secureTenantTable('document', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "document" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "document" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "document" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "document" TO klarsicht_runtime`);
    // secureTenantTable('document_version', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT'] }), frozen
    await queryRunner.query(`ALTER TABLE "document_version" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "document_version" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "document_version" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "document_version" TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['document', 'document_version']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM klarsicht_runtime`);
    }
    for (const [table, name] of [...FOREIGN_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT IF EXISTS "${name}"`);
    }
  }
}
