import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;

/**
 * Single sign-on per firm (issue 25, point 6; docs/security.md § Single sign-on).
 * - `tenant_sso`: the firm's OpenID Connect connection — issuer, client id, the client secret sealed with
 *   AES-256-GCM, the email domains it vouches for and the role a just-in-time member gets (never OWNER).
 * - `tenant.require_sso`: password sign-in is refused for the firm's non-owner staff.
 * - `sso_login`: one authorization request in flight (state hash, nonce, PKCE verifier), used once, 10 minutes.
 * - `refresh_token.sso_tenant_id`: the firm whose SSO opened the session; it does not switch to another firm.
 * - `user_identity`: which IdP subject is which user in a firm, so a renamed email keeps its account.
 * - `sso_tenants_for_domain(domain)`: the one cross-firm read sign-in needs (which firms' SSO covers an email
 *   domain: id and name only), as a function so that no policy opens the table itself.
 * - `app_user.password_hash` becomes nullable: a just-in-time member has no password.
 */
export class FirmSso1796550000000 implements MigrationInterface {
  name = 'FirmSso1796550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE tenant ADD COLUMN require_sso boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE refresh_token ADD COLUMN sso_tenant_id uuid`);
    await queryRunner.query(`CREATE TABLE tenant_sso (
      tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
      issuer text NOT NULL,
      client_id text NOT NULL,
      client_secret bytea NOT NULL,
      allowed_domains text[] NOT NULL,
      default_role text NOT NULL CHECK (default_role IN ('DPO', 'ASSISTANT', 'AUDITOR')),
      enabled boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX tenant_sso_domains_idx ON tenant_sso USING gin (allowed_domains)`);
    await queryRunner.query(`CREATE TABLE sso_login (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      state_hash text NOT NULL UNIQUE,
      nonce text NOT NULL,
      code_verifier text NOT NULL,
      login_hint text,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await queryRunner.query(`CREATE INDEX sso_login_expires_idx ON sso_login (expires_at)`);
    await queryRunner.query(`CREATE TABLE user_identity (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      issuer text NOT NULL,
      subject text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, issuer, subject)
    )`);
    for (const table of ['tenant_sso', 'sso_login', 'user_identity']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
    }
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_sso TO klarsicht_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON sso_login TO klarsicht_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT ON user_identity TO klarsicht_runtime`);
    await queryRunner.query(
      `CREATE POLICY tenant_sso_domain_lookup ON tenant_sso FOR SELECT USING (current_setting('app.sso_lookup', true) = 'on')`,
    );
    await queryRunner.query(
      `CREATE POLICY tenant_sso_name_lookup ON tenant FOR SELECT USING (current_setting('app.sso_lookup', true) = 'on')`,
    );
    // The lookup switch is set inside the function and reset before it returns (a SET clause on the function would
    // need a superuser for a custom parameter).
    await queryRunner.query(`CREATE FUNCTION sso_tenants_for_domain(domain text)
      RETURNS TABLE (tenant_id uuid, tenant_name text) LANGUAGE plpgsql VOLATILE
      AS $$
      BEGIN
        PERFORM set_config('app.sso_lookup', 'on', true);
        RETURN QUERY SELECT s.tenant_id, t.name FROM tenant_sso s JOIN tenant t ON t.id = s.tenant_id
          WHERE s.enabled AND s.allowed_domains @> ARRAY[lower(domain)] ORDER BY t.name;
        PERFORM set_config('app.sso_lookup', '', true);
      END $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION sso_tenants_for_domain(text) TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION sso_tenants_for_domain(text)`);
    await queryRunner.query(`DROP POLICY tenant_sso_name_lookup ON tenant`);
    await queryRunner.query(`DROP TABLE user_identity`);
    await queryRunner.query(`DROP TABLE sso_login`);
    await queryRunner.query(`DROP TABLE tenant_sso`);
    await queryRunner.query(`ALTER TABLE refresh_token DROP COLUMN sso_tenant_id`);
    await queryRunner.query(`ALTER TABLE tenant DROP COLUMN require_sso`);
    await queryRunner.query(`ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL`);
  }
}
