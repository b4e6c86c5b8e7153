import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePortfolioSnapshot1795450325271 implements MigrationInterface {
  name = 'CreatePortfolioSnapshot1795450325271';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "portfolio_snapshot" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "day" date NOT NULL, "client_count" integer NOT NULL, "red" integer NOT NULL, "amber" integer NOT NULL, "green" integer NOT NULL, "open_tasks" integer NOT NULL, "overdue_tasks" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5416b78df6fa221ff0eb7a65000" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "portfolio_snapshot_tenant_day_key" ON "portfolio_snapshot" ("tenant_id", "day") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "portfolio_snapshot_tenant_id_key" ON "portfolio_snapshot" ("tenant_id", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."portfolio_snapshot_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."portfolio_snapshot_tenant_day_key"`);
    await queryRunner.query(`DROP TABLE "portfolio_snapshot"`);
  }
}
