import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SCOPE = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;

/**
 * Campaigns (issue 20; docs/judgement.md § Campaigns): a requirement the DPO publishes to many clients at once, with
 * new yes/no questions. `campaign` is the firm's (its questions and due date); `campaign_client` the clients it
 * went to (one generated task each); `campaign_answer` a client's answer to a question, CLAIMED or VERIFIED.
 */
export class Campaigns1796930000000 implements MigrationInterface {
  name = 'Campaigns1796930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE campaign (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      title text NOT NULL,
      body text NOT NULL,
      questions jsonb NOT NULL DEFAULT '[]',
      due_at timestamptz,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT campaign_tenant_id_key UNIQUE (tenant_id, id)
    )`);
    await queryRunner.query(`CREATE TABLE campaign_client (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      campaign_id uuid NOT NULL,
      client_id uuid NOT NULL,
      PRIMARY KEY (tenant_id, campaign_id, client_id),
      CONSTRAINT campaign_client_campaign_fk FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign(tenant_id, id),
      CONSTRAINT campaign_client_client_fk FOREIGN KEY (tenant_id, client_id) REFERENCES client(tenant_id, id)
    )`);
    await queryRunner.query(
      `CREATE INDEX campaign_client_client_idx ON campaign_client (tenant_id, client_id)`,
    );
    await queryRunner.query(`CREATE TABLE campaign_answer (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      campaign_id uuid NOT NULL,
      client_id uuid NOT NULL,
      question_key text NOT NULL,
      value boolean NOT NULL,
      state text NOT NULL CHECK (state IN ('CLAIMED', 'VERIFIED')),
      answered_by uuid,
      answered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, campaign_id, client_id, question_key),
      CONSTRAINT campaign_answer_client_fk FOREIGN KEY (tenant_id, campaign_id, client_id)
        REFERENCES campaign_client(tenant_id, campaign_id, client_id)
    )`);
    await queryRunner.query(`ALTER TABLE campaign ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE campaign FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON campaign USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON campaign TO klarsicht_runtime`);
    for (const table of ['campaign_client', 'campaign_answer']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (${SCOPE}) WITH CHECK (${SCOPE})`,
      );
    }
    await queryRunner.query(`GRANT SELECT, INSERT ON campaign_client TO klarsicht_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON campaign_answer TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE campaign_answer`);
    await queryRunner.query(`DROP TABLE campaign_client`);
    await queryRunner.query(`DROP TABLE campaign`);
  }
}
