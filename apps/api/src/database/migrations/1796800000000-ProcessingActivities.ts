import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SCOPE = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;
const FIRM = `tenant_id = ${TENANT}`;

/**
 * The record of processing activities (issue 18; docs/registers.md).
 * - `processing_activity`: one activity of a client, its status (DRAFT, IN_REVIEW, APPROVED), its current and its
 *   approved version number, review interval and next review.
 * - `processing_activity_version`: every version's Art. 30(1) record as jsonb. Never deleted; the runtime may set
 *   only `approved_at`/`approved_by`, once (a trigger refuses any change to an approved version), so every
 *   approved version stays as it was approved.
 * - `processing_template`: the firm's own templates (the built-in ones live in code).
 */
export class ProcessingActivities1796800000000 implements MigrationInterface {
  name = 'ProcessingActivities1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE processing_activity (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED')),
      current_version int NOT NULL DEFAULT 1 CHECK (current_version >= 1),
      approved_version int CHECK (approved_version BETWEEN 1 AND current_version),
      review_interval_months int CHECK (review_interval_months BETWEEN 1 AND 60),
      next_review_at timestamptz,
      approved_at timestamptz,
      approved_by uuid,
      template_id text,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT processing_activity_tenant_id_key UNIQUE (tenant_id, id),
      CONSTRAINT processing_activity_client_fk FOREIGN KEY (tenant_id, client_id) REFERENCES client(tenant_id, id),
      CONSTRAINT processing_activity_approved CHECK (status <> 'APPROVED' OR coalesce(approved_version = current_version, false))
    )`);
    await queryRunner.query(
      `CREATE INDEX processing_activity_client_idx ON processing_activity (tenant_id, client_id, id)`,
    );

    await queryRunner.query(`CREATE TABLE processing_activity_version (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      activity_id uuid NOT NULL,
      version int NOT NULL CHECK (version >= 1),
      record jsonb NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      approved_at timestamptz,
      approved_by uuid,
      CONSTRAINT processing_activity_version_key UNIQUE (tenant_id, activity_id, version),
      CONSTRAINT processing_activity_version_activity_fk FOREIGN KEY (tenant_id, activity_id) REFERENCES processing_activity(tenant_id, id)
    )`);
    await queryRunner.query(`CREATE FUNCTION processing_activity_version_frozen() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.approved_at IS NOT NULL OR NEW.record IS DISTINCT FROM OLD.record OR NEW.version <> OLD.version
           OR NEW.activity_id <> OLD.activity_id OR NEW.client_id <> OLD.client_id THEN
          RAISE EXCEPTION 'processing_activity_version is immutable once written (only an approval is recorded)';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER processing_activity_version_frozen BEFORE UPDATE OR DELETE
      ON processing_activity_version FOR EACH ROW EXECUTE FUNCTION processing_activity_version_frozen()`);

    await queryRunner.query(`CREATE TABLE processing_template (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      name text NOT NULL,
      language text NOT NULL CHECK (language IN ('DE', 'EN')),
      record jsonb NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT processing_template_tenant_id_key UNIQUE (tenant_id, id)
    )`);

    for (const [table, scope] of [
      ['processing_activity', SCOPE],
      ['processing_activity_version', SCOPE],
      ['processing_template', FIRM],
    ]) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (${scope}) WITH CHECK (${scope})`,
      );
    }
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON processing_activity TO klarsicht_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT ON processing_activity_version TO klarsicht_runtime`);
    await queryRunner.query(
      `GRANT UPDATE (approved_at, approved_by) ON processing_activity_version TO klarsicht_runtime`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON processing_template TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE processing_template`);
    await queryRunner.query(`DROP TABLE processing_activity_version`);
    await queryRunner.query(`DROP FUNCTION processing_activity_version_frozen()`);
    await queryRunner.query(`DROP TABLE processing_activity`);
  }
}
