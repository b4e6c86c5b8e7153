import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SCOPE = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;

/**
 * The advice record (Beratungsnachweis, issue 20; docs/judgement.md): advice a DPO gave a client and the client
 * admin's acknowledgement of it (ACCEPTED or DECLINED, with a comment). Both are append-only (the runtime role may
 * only insert and read; triggers refuse UPDATE, DELETE and TRUNCATE) and one advice has at most one
 * acknowledgement, of the same client. Reminders of unacknowledged advice are claimed in reminder_sent.
 */
export class Advice1796910000000 implements MigrationInterface {
  name = 'Advice1796910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE advice (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
      body text NOT NULL,
      recommendation text NOT NULL,
      risk_if_ignored text NOT NULL DEFAULT '',
      related_rule_ids text[] NOT NULL DEFAULT '{}',
      due_at timestamptz,
      recorded_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT advice_tenant_id_key UNIQUE (tenant_id, id),
      CONSTRAINT advice_tenant_id_client_key UNIQUE (tenant_id, id, client_id),
      CONSTRAINT advice_client_fk FOREIGN KEY (tenant_id, client_id) REFERENCES client(tenant_id, id)
    )`);
    await queryRunner.query(
      `CREATE INDEX advice_client_created_idx ON advice (tenant_id, client_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(`CREATE TABLE advice_acknowledgement (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      advice_id uuid NOT NULL,
      client_id uuid NOT NULL,
      decision text NOT NULL CHECK (decision IN ('ACCEPTED', 'DECLINED')),
      comment text NOT NULL DEFAULT '',
      acknowledged_by uuid NOT NULL,
      acknowledged_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, advice_id),
      CONSTRAINT advice_acknowledgement_advice_fk FOREIGN KEY (tenant_id, advice_id, client_id)
        REFERENCES advice(tenant_id, id, client_id),
      CONSTRAINT advice_acknowledgement_declined_reason CHECK (decision = 'ACCEPTED' OR length(btrim(comment)) > 0)
    )`);
    for (const table of ['advice', 'advice_acknowledgement']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (${SCOPE}) WITH CHECK (${SCOPE})`,
      );
      await queryRunner.query(`GRANT SELECT, INSERT ON ${table} TO klarsicht_runtime`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
      );
    }
    await queryRunner.query(`ALTER TABLE reminder_sent DROP CONSTRAINT reminder_sent_item_type_check`);
    await queryRunner.query(
      `ALTER TABLE reminder_sent ADD CONSTRAINT reminder_sent_item_type_check CHECK (item_type IN ('task', 'document', 'advice'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM reminder_sent WHERE item_type = 'advice'`);
    await queryRunner.query(`ALTER TABLE reminder_sent DROP CONSTRAINT reminder_sent_item_type_check`);
    await queryRunner.query(
      `ALTER TABLE reminder_sent ADD CONSTRAINT reminder_sent_item_type_check CHECK (item_type IN ('task', 'document'))`,
    );
    await queryRunner.query(`DROP TABLE advice_acknowledgement`);
    await queryRunner.query(`DROP TABLE advice`);
  }
}
