import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a firm governs (issue 25).
 * - `access_change`: a member's rights changed (role or client changed, removed, or their client's portal closed)
 *   at `changed_at`. Access tokens issued before that instant are answered with the new rights (`role` null: none)
 *   until they expire; every api replica keeps the recent rows in memory, told by NOTIFY klarsicht_access. Rows
 *   older than the longest access-token lifetime carry no information and are deleted as new ones arrive.
 * - `invitation.revoked_at`: a withdrawn invitation's link stops working; resending replaces the token hash.
 * - `refresh_token.user_agent` / `ip`: what the session list shows (the IP anonymised to its network prefix).
 */
export class AccountGovernance1796530000000 implements MigrationInterface {
  name = 'AccountGovernance1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE access_change (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      role text,
      client_id uuid,
      changed_at timestamptz NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX access_change_changed_at_idx ON access_change (changed_at)`);
    await queryRunner.query(`ALTER TABLE access_change ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE access_change FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON access_change USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))`,
    );
    // Every replica loads the recent changes of all firms at start (ids and roles only, no personal data).
    await queryRunner.query(
      `CREATE POLICY access_change_system_read ON access_change FOR SELECT USING (current_setting('app.system', true) = 'on')`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON access_change TO klarsicht_runtime`);
    await queryRunner.query(`CREATE FUNCTION access_change_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('klarsicht_access', json_build_object('tenantId', NEW.tenant_id, 'userId', NEW.user_id,
          'role', NEW.role, 'clientId', NEW.client_id, 'changedAt', NEW.changed_at)::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER access_change_notify AFTER INSERT ON access_change FOR EACH ROW EXECUTE FUNCTION access_change_notify()`,
    );
    await queryRunner.query(`ALTER TABLE invitation ADD COLUMN revoked_at timestamptz`);
    await queryRunner.query(`ALTER TABLE refresh_token ADD COLUMN user_agent text, ADD COLUMN ip text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE refresh_token DROP COLUMN user_agent, DROP COLUMN ip`);
    await queryRunner.query(`ALTER TABLE invitation DROP COLUMN revoked_at`);
    await queryRunner.query(`DROP TABLE access_change`);
    await queryRunner.query(`DROP FUNCTION access_change_notify()`);
  }
}
