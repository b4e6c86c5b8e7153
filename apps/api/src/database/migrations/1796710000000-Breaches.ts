import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SCOPE = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;

/**
 * The breach register (issue 19; docs/legal-clocks.md): every personal data breach of a client, notified or not
 * (Art. 33(5) DSGVO). `discovered_at` is the awareness that starts the 72-hour clock of Art. 33(1) and is never
 * changed; `authority_code` the competent supervisory authority (a federal state code or BUND); `late_reason` the
 * reasons for a notification after 72 hours; `subjects_informed_at` the communication to the people (Art. 34).
 */
export class Breaches1796710000000 implements MigrationInterface {
  name = 'Breaches1796710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE breach (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      discovered_at timestamptz NOT NULL,
      occurred_at timestamptz,
      data_categories text[] NOT NULL DEFAULT '{}',
      subject_categories text[] NOT NULL DEFAULT '{}',
      approx_subjects int CHECK (approx_subjects >= 0),
      approx_records int CHECK (approx_records >= 0),
      likely_consequences text NOT NULL DEFAULT '',
      measures text NOT NULL DEFAULT '',
      risk text NOT NULL CHECK (risk IN ('NO_RISK', 'RISK', 'HIGH_RISK')),
      authority_code text,
      contact text,
      notified_at timestamptz,
      notification_reference text,
      late_reason text,
      subjects_informed_at timestamptz,
      subjects_communication text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT breach_tenant_id_key UNIQUE (tenant_id, id),
      CONSTRAINT breach_client_fk FOREIGN KEY (tenant_id, client_id) REFERENCES client(tenant_id, id)
    )`);
    await queryRunner.query(
      `CREATE INDEX breach_client_discovered_idx ON breach (tenant_id, client_id, discovered_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX breach_unnotified_idx ON breach (tenant_id, client_id, discovered_at) WHERE notified_at IS NULL AND risk <> 'NO_RISK'`,
    );
    await queryRunner.query(`ALTER TABLE breach ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE breach FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON breach USING (${SCOPE}) WITH CHECK (${SCOPE})`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON breach TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE breach`);
  }
}
