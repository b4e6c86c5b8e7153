import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientListIndexes1795452758103 implements MigrationInterface {
  name = 'ClientListIndexes1795452758103';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."client_tenant_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."client_tenant_score_idx"`);
    await queryRunner.query(
      `CREATE INDEX "client_tenant_score_id_idx" ON "client" ("tenant_id", "compliance_score", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "client_tenant_active_idx" ON "client" ("tenant_id", "id") WHERE archived_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_tenant_name_id_idx" ON "client" ("tenant_id", "name", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."client_tenant_name_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."client_tenant_active_idx"`);
    await queryRunner.query(`DROP INDEX "public"."client_tenant_score_id_idx"`);
    await queryRunner.query(
      `CREATE INDEX "client_tenant_score_idx" ON "client" ("compliance_score", "tenant_id") `,
    );
    await queryRunner.query(`CREATE INDEX "client_tenant_name_idx" ON "client" ("name", "tenant_id") `);
  }
}
