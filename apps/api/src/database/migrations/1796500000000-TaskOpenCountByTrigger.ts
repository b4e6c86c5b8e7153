import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * client.open_task_count (tasks OPEN or IN_PROGRESS) kept by statement-level triggers on task, like every other
 * counter on client and tenant (consent counts, active_client_count), instead of by application code. The triggers
 * run as the caller: row-level security and the runtime role's UPDATE on client apply as usual.
 */
export class TaskOpenCountByTrigger1796500000000 implements MigrationInterface {
  name = 'TaskOpenCountByTrigger1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A transition table exists only for the events that declare it: one function and trigger per event.
    await queryRunner.query(`CREATE FUNCTION task_open_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE client c SET open_task_count = c.open_task_count + d.delta
          FROM (SELECT tenant_id, client_id, count(*)::int AS delta FROM new_rows WHERE status IN ('OPEN', 'IN_PROGRESS') GROUP BY tenant_id, client_id) d
         WHERE c.tenant_id = d.tenant_id AND c.id = d.client_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION task_open_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE client c SET open_task_count = c.open_task_count - d.delta
          FROM (SELECT tenant_id, client_id, count(*)::int AS delta FROM old_rows WHERE status IN ('OPEN', 'IN_PROGRESS') GROUP BY tenant_id, client_id) d
         WHERE c.tenant_id = d.tenant_id AND c.id = d.client_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION task_open_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE client c SET open_task_count = c.open_task_count + d.delta
          FROM (
            SELECT tenant_id, client_id, sum(delta)::int AS delta FROM (
              SELECT tenant_id, client_id, 1 AS delta FROM new_rows WHERE status IN ('OPEN', 'IN_PROGRESS')
              UNION ALL
              SELECT tenant_id, client_id, -1 AS delta FROM old_rows WHERE status IN ('OPEN', 'IN_PROGRESS')
            ) changes GROUP BY tenant_id, client_id
          ) d
         WHERE c.tenant_id = d.tenant_id AND c.id = d.client_id AND d.delta <> 0;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER task_open_count_insert AFTER INSERT ON task REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_open_count_insert()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER task_open_count_update AFTER UPDATE ON task REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_open_count_update()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER task_open_count_delete AFTER DELETE ON task REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION task_open_count_delete()`,
    );
    await queryRunner.query(
      `UPDATE client c SET open_task_count = (SELECT count(*) FROM task t WHERE t.tenant_id = c.tenant_id AND t.client_id = c.id AND t.status IN ('OPEN', 'IN_PROGRESS'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS task_open_count_${op} ON task`);
      await queryRunner.query(`DROP FUNCTION IF EXISTS task_open_count_${op}()`);
    }
  }
}
