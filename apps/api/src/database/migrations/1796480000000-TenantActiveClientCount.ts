import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The number of active (not archived) clients per firm, kept by statement-level triggers on client, so the
 * unfiltered portfolio page reads its totalCount instead of counting thousands of index entries per request.
 * The triggers run as the caller: row-level security and the runtime role's UPDATE on tenant apply as usual.
 */
export class TenantActiveClientCount1796480000000 implements MigrationInterface {
  name = 'TenantActiveClientCount1796480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tenant" ADD "active_client_count" integer NOT NULL DEFAULT 0`);
    // A transition table exists only for the events that declare it: one function and trigger per event.
    await queryRunner.query(`CREATE FUNCTION client_active_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE tenant t SET active_client_count = t.active_client_count + d.delta
          FROM (SELECT tenant_id, count(*)::int AS delta FROM new_rows WHERE archived_at IS NULL GROUP BY tenant_id) d WHERE t.id = d.tenant_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION client_active_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE tenant t SET active_client_count = t.active_client_count - d.delta
          FROM (SELECT tenant_id, count(*)::int AS delta FROM old_rows WHERE archived_at IS NULL GROUP BY tenant_id) d WHERE t.id = d.tenant_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION client_active_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE tenant t SET active_client_count = t.active_client_count + d.delta
          FROM (
            SELECT tenant_id, sum(delta)::int AS delta FROM (
              SELECT tenant_id, 1 AS delta FROM new_rows WHERE archived_at IS NULL
              UNION ALL
              SELECT tenant_id, -1 AS delta FROM old_rows WHERE archived_at IS NULL
            ) changes GROUP BY tenant_id
          ) d
         WHERE t.id = d.tenant_id AND d.delta <> 0;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER client_active_count_insert AFTER INSERT ON client REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION client_active_count_insert()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER client_active_count_update AFTER UPDATE ON client REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION client_active_count_update()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER client_active_count_delete AFTER DELETE ON client REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION client_active_count_delete()`,
    );
    await queryRunner.query(
      `UPDATE tenant t SET active_client_count = (SELECT count(*) FROM client c WHERE c.tenant_id = t.id AND c.archived_at IS NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS client_active_count_${op} ON client`);
      await queryRunner.query(`DROP FUNCTION IF EXISTS client_active_count_${op}()`);
    }
    await queryRunner.query(`ALTER TABLE "tenant" DROP COLUMN "active_client_count"`);
  }
}
