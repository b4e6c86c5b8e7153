import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SCOPE = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;
const FIRM = `tenant_id = ${TENANT}`;

/**
 * TOMs (Art. 32) and DPIA screening (Art. 35) of the registers (issue 18; docs/registers.md).
 * - `technical_measure`: the firm's own measures beside the built-in catalogue (code), by Art. 32 goal.
 * - `client_technical_measure`: per client and measure (`measure_key`: `builtin:<key>` or a technical_measure id)
 *   the status, a note and an evidence document.
 * - `dpia_screening`: per processing activity the WP248 criteria met, an entry of the authorities' list, the result.
 * - `dpia`: per processing activity the DPIA with its risks (likelihood × severity, measures, residual risk) and
 *   its approval.
 */
export class TomsAndDpia1796810000000 implements MigrationInterface {
  name = 'TomsAndDpia1796810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const GOALS = `'CONFIDENTIALITY', 'INTEGRITY', 'AVAILABILITY', 'RESILIENCE', 'RECOVERABILITY', 'REGULAR_TESTING'`;
    await queryRunner.query(`CREATE TABLE technical_measure (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      goal text NOT NULL CHECK (goal IN (${GOALS})),
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT technical_measure_tenant_id_key UNIQUE (tenant_id, id)
    )`);
    await queryRunner.query(`CREATE TABLE client_technical_measure (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      measure_key text NOT NULL,
      status text NOT NULL CHECK (status IN ('IMPLEMENTED', 'PARTIAL', 'PLANNED', 'NOT_APPLICABLE')),
      note text NOT NULL DEFAULT '',
      evidence_document_id uuid,
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, client_id, measure_key),
      CONSTRAINT client_technical_measure_client_fk FOREIGN KEY (tenant_id, client_id) REFERENCES client(tenant_id, id),
      CONSTRAINT client_technical_measure_document_fk FOREIGN KEY (tenant_id, evidence_document_id) REFERENCES document(tenant_id, id)
    )`);
    await queryRunner.query(`CREATE TABLE dpia_screening (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      activity_id uuid NOT NULL,
      criteria text[] NOT NULL DEFAULT '{}',
      authority_list_entry text,
      note text NOT NULL DEFAULT '',
      required boolean NOT NULL,
      screened_by uuid,
      screened_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT dpia_screening_activity_key UNIQUE (tenant_id, activity_id),
      CONSTRAINT dpia_screening_activity_fk FOREIGN KEY (tenant_id, activity_id) REFERENCES processing_activity(tenant_id, id)
    )`);
    await queryRunner.query(`CREATE TABLE dpia (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      activity_id uuid NOT NULL,
      status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED')),
      description text NOT NULL DEFAULT '',
      necessity text NOT NULL DEFAULT '',
      risks jsonb NOT NULL DEFAULT '[]',
      approved_at timestamptz,
      approved_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT dpia_activity_key UNIQUE (tenant_id, activity_id),
      CONSTRAINT dpia_activity_fk FOREIGN KEY (tenant_id, activity_id) REFERENCES processing_activity(tenant_id, id)
    )`);
    for (const [table, scope] of [
      ['technical_measure', FIRM],
      ['client_technical_measure', SCOPE],
      ['dpia_screening', SCOPE],
      ['dpia', SCOPE],
    ]) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (${scope}) WITH CHECK (${scope})`,
      );
    }
    await queryRunner.query(`GRANT SELECT, INSERT ON technical_measure TO klarsicht_runtime`);
    for (const table of ['client_technical_measure', 'dpia_screening', 'dpia'])
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['dpia', 'dpia_screening', 'client_technical_measure', 'technical_measure'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
