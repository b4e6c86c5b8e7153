import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Breach reminders (issue 19; docs/legal-clocks.md § Reminders): `reminded_hours` holds the stages (24, 48 hours
 * after awareness) whose reminder went out for a notifiable breach, so each goes out once whatever the number of
 * job runs or replicas (the claim is one UPDATE … WHERE NOT stage = ANY(reminded_hours)).
 */
export class BreachReminders1796720000000 implements MigrationInterface {
  name = 'BreachReminders1796720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE breach ADD COLUMN reminded_hours int[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE breach DROP COLUMN reminded_hours`);
  }
}
