import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDocuments1795442693665 implements MigrationInterface {
  name = 'CreateDocuments1795442693665';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "type" text NOT NULL, "title" text NOT NULL, "status" text NOT NULL, "review_interval_months" integer, "next_review_at" TIMESTAMP WITH TIME ZONE, "current_version_id" uuid, "approved_version_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "return_reason" text, "created_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "document_review_idx" ON "document" ("tenant_id", "next_review_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "document_client_idx" ON "document" ("tenant_id", "client_id", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_tenant_id_key" ON "document" ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_version" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "document_id" uuid NOT NULL, "version" integer NOT NULL, "storage_key" text NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size" bigint NOT NULL, "sha256" text NOT NULL, "uploaded_by" uuid, CONSTRAINT "PK_a4c39c95456c5dbb2e96cca713c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_version_number_key" ON "document_version" ("tenant_id", "document_id", "version") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_version_tenant_id_key" ON "document_version" ("tenant_id", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."document_version_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."document_version_number_key"`);
    await queryRunner.query(`DROP TABLE "document_version"`);
    await queryRunner.query(`DROP INDEX "public"."document_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."document_client_idx"`);
    await queryRunner.query(`DROP INDEX "public"."document_review_idx"`);
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
