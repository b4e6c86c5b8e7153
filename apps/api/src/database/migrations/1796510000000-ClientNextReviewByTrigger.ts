import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * client.next_review_at (the earliest review date of the client's documents that are not archived) kept by
 * statement-level triggers on document, like open_task_count and the consent counters, instead of by the documents
 * service. The triggers run as the caller: row-level security and the runtime role's UPDATE on client apply as usual.
 */
export class ClientNextReviewByTrigger1796510000000 implements MigrationInterface {
  name = 'ClientNextReviewByTrigger1796510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const refresh = (keys: string): string => `UPDATE client c SET next_review_at = (
          SELECT min(d.next_review_at) FROM document d WHERE d.tenant_id = c.tenant_id AND d.client_id = c.id AND d.status <> 'ARCHIVED')
         WHERE (c.tenant_id, c.id) IN (${keys});`;
    // A transition table exists only for the events that declare it: one function and trigger per event.
    await queryRunner.query(`CREATE FUNCTION client_next_review_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${refresh('SELECT tenant_id, client_id FROM new_rows WHERE next_review_at IS NOT NULL')}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION client_next_review_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${refresh('SELECT tenant_id, client_id FROM old_rows')}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION client_next_review_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${refresh(`SELECT o.tenant_id, o.client_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                     WHERE n.next_review_at IS DISTINCT FROM o.next_review_at OR n.status IS DISTINCT FROM o.status OR n.client_id <> o.client_id
                   UNION SELECT n.tenant_id, n.client_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                     WHERE n.next_review_at IS DISTINCT FROM o.next_review_at OR n.status IS DISTINCT FROM o.status OR n.client_id <> o.client_id`)}
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER client_next_review_insert AFTER INSERT ON document REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION client_next_review_insert()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER client_next_review_update AFTER UPDATE ON document REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION client_next_review_update()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER client_next_review_delete AFTER DELETE ON document REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION client_next_review_delete()`,
    );
    await queryRunner.query(
      `UPDATE client c SET next_review_at = (SELECT min(d.next_review_at) FROM document d WHERE d.tenant_id = c.tenant_id AND d.client_id = c.id AND d.status <> 'ARCHIVED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS client_next_review_${op} ON document`);
      await queryRunner.query(`DROP FUNCTION IF EXISTS client_next_review_${op}()`);
    }
  }
}
