import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1795431607245 implements MigrationInterface {
  name = 'CreateIdentity1795431607245';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("tenant_id" uuid NOT NULL, "seq" bigint NOT NULL, "id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_type" text NOT NULL, "actor_id" uuid, "actor_label" text NOT NULL, "client_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid, "changes" jsonb, "ip" text, "user_agent" text, "request_id" text, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_97c2d039c65e8d54c5da49f4b78" PRIMARY KEY ("tenant_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_tenant_action_seq_idx" ON "audit_event" ("tenant_id", "action", "seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_tenant_client_seq_idx" ON "audit_event" ("tenant_id", "client_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "audit_event_tenant_id_id_key" ON "audit_event" ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_head" ("tenant_id" uuid NOT NULL, "seq" bigint NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_c055c3ae96fe6a6e82494a20b0f" PRIMARY KEY ("tenant_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "totp_secret" bytea, "totp_enabled" boolean NOT NULL DEFAULT false, "totp_last_step" bigint, "last_tenant_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "active_tenant_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "refresh_token_family_idx" ON "refresh_token" ("family_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "refresh_token_hash_key" ON "refresh_token" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempt" ("id" uuid NOT NULL, "email_hash" text NOT NULL, "ip_hash" text, "succeeded" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sign_in_attempt_ip_idx" ON "sign_in_attempt" ("ip_hash", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "sign_in_attempt_email_idx" ON "sign_in_attempt" ("email_hash", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "client" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "client_tenant_id_key" ON "client" ("tenant_id", "id") `);
    await queryRunner.query(`CREATE INDEX "client_tenant_name_idx" ON "client" ("tenant_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "tenant" ("id" uuid NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da8c6efd67bb301e810e56ac139" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "role" text NOT NULL, "client_id" uuid, CONSTRAINT "membership_client_role_check" CHECK ((role IN ('CLIENT_ADMIN', 'CLIENT_VIEWER')) = (client_id IS NOT NULL)), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "membership_user_idx" ON "membership" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "membership_tenant_user_key" ON "membership" ("tenant_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "role" text NOT NULL, "client_id" uuid, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "invited_by" uuid, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitation_tenant_token_key" ON "invitation" ("tenant_id", "token_hash") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."invitation_tenant_token_key"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."membership_tenant_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."membership_user_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TABLE "tenant"`);
    await queryRunner.query(`DROP INDEX "public"."client_tenant_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."client_tenant_id_key"`);
    await queryRunner.query(`DROP TABLE "client"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_attempt_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_attempt_ip_idx"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_family_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_key"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "audit_head"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_tenant_id_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_tenant_client_seq_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_tenant_action_seq_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
