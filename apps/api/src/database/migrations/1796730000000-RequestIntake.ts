import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SYSTEM = `current_setting('app.system', true) = 'on'`;
const SCOPE = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;

/**
 * The public intake form for data subject requests (issue 19; docs/legal-clocks.md § Online intake form).
 * - `request_intake_form`: at most one per client, off unless enabled; `token` is the random part of its public URL
 *   (a new link replaces it, the old one stops working). A form's firm is read by its token in the system scope.
 * - `data_subject_request.contact_encrypted`: the name and e-mail the person gave on the form to be answered,
 *   sealed with ENCRYPTION_KEY.
 */
export class RequestIntake1796730000000 implements MigrationInterface {
  name = 'RequestIntake1796730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE request_intake_form (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      token text NOT NULL UNIQUE,
      enabled boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT request_intake_form_client_key UNIQUE (tenant_id, client_id),
      CONSTRAINT request_intake_form_client_fk FOREIGN KEY (tenant_id, client_id) REFERENCES client(tenant_id, id)
    )`);
    await queryRunner.query(`ALTER TABLE request_intake_form ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE request_intake_form FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON request_intake_form USING (${SCOPE}) WITH CHECK (${SCOPE})`,
    );
    await queryRunner.query(
      `CREATE POLICY request_intake_form_system_read ON request_intake_form FOR SELECT USING (${SYSTEM})`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON request_intake_form TO klarsicht_runtime`);
    await queryRunner.query(`ALTER TABLE data_subject_request ADD COLUMN contact_encrypted bytea`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE data_subject_request DROP COLUMN contact_encrypted`);
    await queryRunner.query(`DROP TABLE request_intake_form`);
  }
}
