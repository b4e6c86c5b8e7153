import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWhatsApp1795432935579 implements MigrationInterface {
  name = 'CreateWhatsApp1795432935579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'OPEN', "priority" text NOT NULL DEFAULT 'MEDIUM', "due_at" TIMESTAMP WITH TIME ZONE, "assignee_id" uuid, "source" text NOT NULL DEFAULT 'MANUAL', "rule_id" text, "generated_key" text, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "task_priority_check" CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')), CONSTRAINT "task_status_check" CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED')), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "task_generated_key_open_key" ON "task" ("tenant_id", "client_id", "generated_key") WHERE status IN ('OPEN', 'IN_PROGRESS')`,
    );
    await queryRunner.query(`CREATE INDEX "task_tenant_due_idx" ON "task" ("tenant_id", "due_at") `);
    await queryRunner.query(
      `CREATE INDEX "task_tenant_assignee_idx" ON "task" ("tenant_id", "assignee_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "task_tenant_client_status_idx" ON "task" ("tenant_id", "client_id", "status") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "task_tenant_id_key" ON "task" ("tenant_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "task_comment" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "task_id" uuid NOT NULL, "client_id" uuid NOT NULL, "author_id" uuid, "author_label" text NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_28da4411b195bfc3c451cfa21ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "task_comment_tenant_task_idx" ON "task_comment" ("tenant_id", "task_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bsp" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "hosting_region" text NOT NULL, "transfer_mechanism" text NOT NULL, "dpa_available" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad088b6eae8b272ce44e183cffe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "bsp_tenant_name_key" ON "bsp" ("tenant_id", "name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "bsp_tenant_id_key" ON "bsp" ("tenant_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "whatsapp_account" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "label" text NOT NULL, "variant" text NOT NULL, "bsp_id" uuid, "answers" jsonb NOT NULL, "questionnaire_version" integer NOT NULL, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9251808fe3ec13a79020f557297" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "whatsapp_account_tenant_bsp_idx" ON "whatsapp_account" ("tenant_id", "bsp_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "whatsapp_account_tenant_client_idx" ON "whatsapp_account" ("tenant_id", "client_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "whatsapp_account_tenant_id_key" ON "whatsapp_account" ("tenant_id", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "client" ADD "assigned_dpo_id" uuid`);
    await queryRunner.query(`ALTER TABLE "client" ADD "industry" text`);
    await queryRunner.query(`ALTER TABLE "client" ADD "federal_state" text`);
    await queryRunner.query(`ALTER TABLE "client" ADD "street" text`);
    await queryRunner.query(`ALTER TABLE "client" ADD "postal_code" text`);
    await queryRunner.query(`ALTER TABLE "client" ADD "city" text`);
    await queryRunner.query(`ALTER TABLE "client" ADD "contact_name" text`);
    await queryRunner.query(`ALTER TABLE "client" ADD "contact_email" text`);
    await queryRunner.query(`ALTER TABLE "client" ADD "compliance_score" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "client" ADD "compliance_level" text NOT NULL DEFAULT 'AMBER'`);
    await queryRunner.query(`ALTER TABLE "client" ADD "open_task_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "client" ADD "next_review_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "client" ADD "consent_pending" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "client" ADD "consent_confirmed" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "client" ADD "consent_withdrawn" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "client" ADD "consent_expired" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `CREATE INDEX "client_tenant_assigned_dpo_idx" ON "client" ("tenant_id", "assigned_dpo_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "client_tenant_score_idx" ON "client" ("tenant_id", "compliance_score") `,
    );
    await queryRunner.query(
      `ALTER TABLE "client" ADD CONSTRAINT "client_compliance_level_check" CHECK (compliance_level IN ('RED', 'AMBER', 'GREEN'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" DROP CONSTRAINT "client_compliance_level_check"`);
    await queryRunner.query(`DROP INDEX "public"."client_tenant_score_idx"`);
    await queryRunner.query(`DROP INDEX "public"."client_tenant_assigned_dpo_idx"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "consent_expired"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "consent_withdrawn"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "consent_confirmed"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "consent_pending"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "next_review_at"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "open_task_count"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "compliance_level"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "compliance_score"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "contact_email"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "contact_name"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "city"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "postal_code"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "street"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "federal_state"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "industry"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "assigned_dpo_id"`);
    await queryRunner.query(`DROP INDEX "public"."whatsapp_account_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."whatsapp_account_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "public"."whatsapp_account_tenant_bsp_idx"`);
    await queryRunner.query(`DROP TABLE "whatsapp_account"`);
    await queryRunner.query(`DROP INDEX "public"."bsp_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."bsp_tenant_name_key"`);
    await queryRunner.query(`DROP TABLE "bsp"`);
    await queryRunner.query(`DROP INDEX "public"."task_comment_tenant_task_idx"`);
    await queryRunner.query(`DROP TABLE "task_comment"`);
    await queryRunner.query(`DROP INDEX "public"."task_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."task_tenant_client_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_tenant_assignee_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_tenant_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_generated_key_open_key"`);
    await queryRunner.query(`DROP TABLE "task"`);
  }
}
