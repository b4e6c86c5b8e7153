import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SYSTEM = `current_setting('app.system', true) = 'on'`;
const SCOPED = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;

/**
 * Messaging channels (issue 17; docs/messaging.md).
 * - `messaging_channel`: one WhatsApp number of a client at a provider (Meta Cloud API format or Twilio) whose
 *   webhooks come to `/hooks/whatsapp/:id`. The number is sealed and blind-indexed like consent subjects; the
 *   signing secret (and Meta's verify token) are sealed with ENCRYPTION_KEY. After a rotation the previous secret
 *   is accepted until `previous_secret_valid_until`.
 * - `messaging_delivery`: one row per provider message id and channel (idempotency), with its kind and outcome
 *   only: no number, no message text.
 * - `consent_request.confirm_via`: LINK (the public page) or WHATSAPP_REPLY (a "JA" from the number).
 */
export class MessagingChannels1796600000000 implements MigrationInterface {
  name = 'MessagingChannels1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE messaging_channel (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL REFERENCES client(id),
      provider text NOT NULL CHECK (provider IN ('META_CLOUD_API', 'TWILIO')),
      phone_index text NOT NULL,
      phone_encrypted bytea NOT NULL,
      phone_masked text NOT NULL,
      bsp_id uuid REFERENCES bsp(id),
      secret_encrypted bytea NOT NULL,
      verify_token_encrypted bytea,
      previous_secret_encrypted bytea,
      previous_secret_valid_until timestamptz,
      secret_rotated_at timestamptz,
      opt_out_keywords text[] NOT NULL,
      opt_out_purposes text[] NOT NULL,
      confirm_keywords text[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, client_id, phone_index)
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX messaging_channel_tenant_id_key ON messaging_channel (tenant_id, id)`,
    );

    await queryRunner.query(`CREATE TABLE messaging_delivery (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL REFERENCES client(id),
      channel_id uuid NOT NULL REFERENCES messaging_channel(id),
      provider_message_id text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('OPT_OUT', 'CONFIRMATION', 'MESSAGE')),
      outcome text NOT NULL CHECK (outcome IN ('WITHDRAWN', 'CONFIRMED', 'NO_CHANGE', 'IGNORED')),
      received_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, channel_id, provider_message_id)
    )`);
    await queryRunner.query(
      `CREATE INDEX messaging_delivery_channel_idx ON messaging_delivery (tenant_id, channel_id, received_at DESC, id DESC)`,
    );

    for (const table of ['messaging_channel', 'messaging_delivery']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (${SCOPED}) WITH CHECK (${SCOPED})`,
      );
    }
    // A webhook names only its channel: its firm is read in the system scope before anything else happens.
    await queryRunner.query(
      `CREATE POLICY messaging_channel_system_read ON messaging_channel FOR SELECT USING (${SYSTEM})`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON messaging_channel TO klarsicht_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON messaging_delivery TO klarsicht_runtime`);

    await queryRunner.query(`ALTER TABLE "consent_request" ADD "confirm_via" text NOT NULL DEFAULT 'LINK'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consent_request" DROP COLUMN "confirm_via"`);
    await queryRunner.query(`DROP TABLE messaging_delivery`);
    await queryRunner.query(`DROP TABLE messaging_channel`);
  }
}
