import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConsent1795441368904 implements MigrationInterface {
  name = 'CreateConsent1795441368904';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consent_text" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "version" integer NOT NULL, "language" text NOT NULL, "purposes" text array NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "sha256" text NOT NULL, "published_by" uuid, CONSTRAINT "PK_623fc45881cbc67cd52dba5ecb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_text_client_version_key" ON "consent_text" ("tenant_id", "client_id", "version") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_text_tenant_id_key" ON "consent_text" ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consent_subject" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "phone_index" text, "phone_encrypted" bytea, "phone_masked" text, "data_key_encrypted" bytea, "legal_hold_reason" text, "legal_hold_at" TIMESTAMP WITH TIME ZONE, "erased_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cd5783ed35a9b4832c31ad7557d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_subject_lookup_key" ON "consent_subject" ("tenant_id", "client_id", "phone_index") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_subject_tenant_id_key" ON "consent_subject" ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consent_record" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "purpose" text NOT NULL, "status" text NOT NULL, "text_version_id" uuid, "requested_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b357c35aea3aa0be4647282324f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "consent_record_client_idx" ON "consent_record" ("tenant_id", "client_id", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "consent_record_client_status_idx" ON "consent_record" ("tenant_id", "client_id", "status", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_record_subject_purpose_key" ON "consent_record" ("tenant_id", "subject_id", "purpose") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_record_tenant_id_key" ON "consent_record" ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consent_event" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "record_id" uuid, "purpose" text, "type" text NOT NULL, "source" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "text_version_id" uuid, "text_sha256" text, "evidence_encrypted" bytea, "request_id" uuid, "actor_type" text NOT NULL, "actor_id" uuid, CONSTRAINT "PK_da129f04a16b45855a0ebb5ed68" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "consent_event_record_idx" ON "consent_event" ("tenant_id", "record_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "consent_event_subject_idx" ON "consent_event" ("tenant_id", "subject_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_event_tenant_id_key" ON "consent_event" ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consent_request" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "text_version_id" uuid NOT NULL, "purposes" text array NOT NULL, "source" text NOT NULL, "form_url" text, "token_hash" text, "withdraw_token_hash" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_96e8c0c30fcb02ac2cb7e2ba094" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "consent_request_subject_idx" ON "consent_request" ("tenant_id", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_request_withdraw_token_key" ON "consent_request" ("tenant_id", "withdraw_token_hash") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_request_token_key" ON "consent_request" ("tenant_id", "token_hash") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_request_tenant_id_key" ON "consent_request" ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consent_import" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "state" text NOT NULL, "dry_run" boolean NOT NULL, "processed_rows" integer NOT NULL DEFAULT '0', "imported_rows" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "file_sha256" text, "file_bytes" bigint NOT NULL DEFAULT '0', "created_by" uuid, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b77888af27be1cd68d47ad671d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "consent_import_tenant_id_key" ON "consent_import" ("tenant_id", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."consent_import_tenant_id_key"`);
    await queryRunner.query(`DROP TABLE "consent_import"`);
    await queryRunner.query(`DROP INDEX "public"."consent_request_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."consent_request_token_key"`);
    await queryRunner.query(`DROP INDEX "public"."consent_request_withdraw_token_key"`);
    await queryRunner.query(`DROP INDEX "public"."consent_request_subject_idx"`);
    await queryRunner.query(`DROP TABLE "consent_request"`);
    await queryRunner.query(`DROP INDEX "public"."consent_event_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."consent_event_subject_idx"`);
    await queryRunner.query(`DROP INDEX "public"."consent_event_record_idx"`);
    await queryRunner.query(`DROP TABLE "consent_event"`);
    await queryRunner.query(`DROP INDEX "public"."consent_record_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."consent_record_subject_purpose_key"`);
    await queryRunner.query(`DROP INDEX "public"."consent_record_client_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."consent_record_client_idx"`);
    await queryRunner.query(`DROP TABLE "consent_record"`);
    await queryRunner.query(`DROP INDEX "public"."consent_subject_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."consent_subject_lookup_key"`);
    await queryRunner.query(`DROP TABLE "consent_subject"`);
    await queryRunner.query(`DROP INDEX "public"."consent_text_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."consent_text_client_version_key"`);
    await queryRunner.query(`DROP TABLE "consent_text"`);
  }
}
