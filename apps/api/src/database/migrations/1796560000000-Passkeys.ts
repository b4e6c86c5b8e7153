import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passkeys (WebAuthn) as a sign-in method and a second factor.
 * - `passkey`: a user's registered credentials: the credential id (base64url, unique across all users), the COSE
 *   public key, the signature counter (a clone shows as a counter that does not grow), transports, whether the
 *   key is device-bound or synced (`device_type`, `backed_up`), the name the user gave it, and when it was last used.
 * - `webauthn_challenge`: the challenges handed out with registration and sign-in options, kept in PostgreSQL so
 *   that any api replica can check the answer; each is deleted when it is used, and stops working at `expires_at`.
 * Both are global identity tables like `app_user` and `recovery_code` (no tenant, so no row-level security); the
 * repositories scope every statement to the signed-in user or to the presented credential.
 */
export class Passkeys1796560000000 implements MigrationInterface {
  name = 'Passkeys1796560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE passkey (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      credential_id text NOT NULL UNIQUE,
      public_key bytea NOT NULL,
      counter bigint NOT NULL DEFAULT 0,
      transports text[] NOT NULL DEFAULT '{}',
      device_type text NOT NULL,
      backed_up boolean NOT NULL,
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz
    )`);
    await queryRunner.query(`CREATE INDEX passkey_user_idx ON passkey (user_id)`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON passkey TO klarsicht_runtime`);
    await queryRunner.query(`CREATE TABLE webauthn_challenge (
      challenge text PRIMARY KEY,
      purpose text NOT NULL CHECK (purpose IN ('registration', 'authentication')),
      user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX webauthn_challenge_expires_idx ON webauthn_challenge (expires_at)`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON webauthn_challenge TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webauthn_challenge`);
    await queryRunner.query(`DROP TABLE passkey`);
  }
}
