import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiKeys1795433000823 implements MigrationInterface {
  name = 'CreateApiKeys1795433000823';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "prefix" text NOT NULL, "secret_hash" text NOT NULL, "scopes" text array NOT NULL, "client_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "api_key_tenant_created_idx" ON "api_key" ("tenant_id", "created_at") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_key_tenant_id_key" ON "api_key" ("tenant_id", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."api_key_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."api_key_tenant_created_idx"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
