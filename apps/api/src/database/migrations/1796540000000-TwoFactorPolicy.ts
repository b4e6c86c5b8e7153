import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Firm policy and recovery (issue 25): `tenant.require_two_factor` makes staff set up TOTP before anything else;
 * `recovery_code` holds a user's ten one-time codes as SHA-256 hashes (each code has 60 random bits), used once.
 */
export class TwoFactorPolicy1796540000000 implements MigrationInterface {
  name = 'TwoFactorPolicy1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE tenant ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`CREATE TABLE recovery_code (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id),
      code_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz
    )`);
    await queryRunner.query(`CREATE INDEX recovery_code_user_idx ON recovery_code (user_id)`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON recovery_code TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE recovery_code`);
    await queryRunner.query(`ALTER TABLE tenant DROP COLUMN require_two_factor`);
  }
}
