import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SCOPE = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;

/**
 * Data subject requests (issue 19; docs/legal-clocks.md).
 * - `data_subject_request`: a person's request under Art. 15–22 DSGVO to a client. The phone number is sealed
 *   (`phone_encrypted`, ENCRYPTION_KEY) and found by its blind index (`phone_index`, the consent subjects' index,
 *   so the request finds the person's consent data); only the masked form is readable. `due_on`/`due_at` are the
 *   Art. 12(3) deadline computed at intake and on extension (Regulation 1182/71); `federal_state` is the state
 *   whose holidays it was counted with.
 * - `data_subject_request_action`: what was done for a request with what Klarsicht holds (export, erasure,
 *   withdrawal) and its outcome; never the exported data itself.
 */
export class DataSubjectRequests1796700000000 implements MigrationInterface {
  name = 'DataSubjectRequests1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE data_subject_request (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      type text NOT NULL CHECK (type IN ('ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'PORTABILITY', 'OBJECTION', 'WITHDRAWAL')),
      channel text NOT NULL CHECK (channel IN ('EMAIL', 'LETTER', 'PHONE', 'WHATSAPP', 'WEB_FORM', 'IN_PERSON', 'API')),
      received_at timestamptz NOT NULL,
      description text NOT NULL DEFAULT '',
      phone_index text,
      phone_encrypted bytea,
      phone_masked text,
      identity_status text NOT NULL DEFAULT 'PENDING' CHECK (identity_status IN ('PENDING', 'VERIFIED', 'FAILED')),
      federal_state text,
      period_end_on date NOT NULL,
      due_on date NOT NULL,
      due_at timestamptz NOT NULL,
      extension_months int NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
      extension_reason text,
      extended_at timestamptz,
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'EXTENDED', 'COMPLETED', 'REJECTED')),
      responded_at timestamptz,
      response_note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT data_subject_request_tenant_id_key UNIQUE (tenant_id, id),
      CONSTRAINT data_subject_request_client_fk FOREIGN KEY (tenant_id, client_id) REFERENCES client(tenant_id, id),
      CONSTRAINT data_subject_request_extension_reason CHECK (extension_months = 0 OR extension_reason IS NOT NULL),
      CONSTRAINT data_subject_request_closed CHECK ((status IN ('COMPLETED', 'REJECTED')) = (responded_at IS NOT NULL))
    )`);
    await queryRunner.query(
      `CREATE INDEX data_subject_request_client_due_idx ON data_subject_request (tenant_id, client_id, due_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX data_subject_request_open_idx ON data_subject_request (tenant_id, due_at) WHERE status IN ('OPEN', 'EXTENDED')`,
    );

    await queryRunner.query(`CREATE TABLE data_subject_request_action (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      request_id uuid NOT NULL,
      action text NOT NULL CHECK (action IN ('EXPORT_CONSENT_DATA', 'ERASE_CONSENT_DATA', 'WITHDRAW_MARKETING')),
      outcome text NOT NULL CHECK (outcome IN ('DONE', 'BLOCKED', 'NO_DATA')),
      detail text NOT NULL DEFAULT '',
      performed_at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid,
      CONSTRAINT data_subject_request_action_request_fk FOREIGN KEY (tenant_id, request_id) REFERENCES data_subject_request(tenant_id, id)
    )`);
    await queryRunner.query(
      `CREATE INDEX data_subject_request_action_request_idx ON data_subject_request_action (tenant_id, request_id, performed_at)`,
    );

    for (const table of ['data_subject_request', 'data_subject_request_action']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (${SCOPE}) WITH CHECK (${SCOPE})`,
      );
    }
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON data_subject_request TO klarsicht_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT ON data_subject_request_action TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE data_subject_request_action`);
    await queryRunner.query(`DROP TABLE data_subject_request`);
  }
}
