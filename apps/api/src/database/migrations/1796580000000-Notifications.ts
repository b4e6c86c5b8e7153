import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const USER = `(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)`;
const SYSTEM = `current_setting('app.system', true) = 'on'`;

/**
 * Notifications (issue 15; docs/architecture.md § Notifications).
 * - `outbox_message`: a mail, written in the transaction of the change that causes it and delivered by the job
 *   `mail-outbox` (QUEUED → SENT | FAILED). `secret` holds the sealed link token a mail carries (a reset or
 *   invitation link) and is wiped once the mail is sent; `data` never holds a token.
 * - `notification`: the in-app notifications of one member in one firm (the bell).
 * - `notification_preference`: per user, across firms: language, digest on/off and hour, reminders on/off.
 * - `reminder_sent`: one row per item, offset and due date: a reminder goes out once.
 * - `digest_sent`: one row per member and day: a digest goes out once a day.
 * - `password_reset`: a reset link's SHA-256, valid 60 minutes, used once. Global like `app_user` (no RLS).
 */
export class Notifications1796580000000 implements MigrationInterface {
  name = 'Notifications1796580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE outbox_message (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      user_id uuid REFERENCES app_user(id),
      recipient text NOT NULL,
      language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
      template text NOT NULL,
      data jsonb NOT NULL DEFAULT '{}',
      secret bytea,
      status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
      attempts int NOT NULL DEFAULT 0,
      last_error text,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )`);
    await queryRunner.query(
      `CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'QUEUED'`,
    );
    await queryRunner.query(
      `CREATE INDEX outbox_message_tenant_idx ON outbox_message (tenant_id, created_at)`,
    );
    await queryRunner.query(`CREATE INDEX outbox_message_created_idx ON outbox_message (created_at)`);

    await queryRunner.query(`CREATE TABLE notification (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      client_id uuid,
      kind text NOT NULL,
      data jsonb NOT NULL DEFAULT '{}',
      entity_type text,
      entity_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    )`);
    await queryRunner.query(
      `CREATE INDEX notification_user_idx ON notification (tenant_id, user_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX notification_unread_idx ON notification (tenant_id, user_id) WHERE read_at IS NULL`,
    );

    await queryRunner.query(`CREATE TABLE notification_preference (
      user_id uuid PRIMARY KEY REFERENCES app_user(id),
      language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
      digest_enabled boolean NOT NULL DEFAULT true,
      digest_hour int NOT NULL DEFAULT 7 CHECK (digest_hour BETWEEN 0 AND 23),
      reminders_enabled boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);

    await queryRunner.query(`CREATE TABLE reminder_sent (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      item_type text NOT NULL CHECK (item_type IN ('task', 'document')),
      item_id uuid NOT NULL,
      offset_days int NOT NULL,
      due_on date NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, item_type, item_id, offset_days, due_on)
    )`);

    await queryRunner.query(`CREATE TABLE digest_sent (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      day date NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, user_id, day)
    )`);

    for (const table of ['outbox_message', 'reminder_sent', 'digest_sent']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
    }
    // The delivery job lists the due mails of every firm (ids and firm only), then sends each in its firm's scope.
    await queryRunner.query(
      `CREATE POLICY outbox_message_system_read ON outbox_message FOR SELECT USING (${SYSTEM})`,
    );
    // … and deletes what is past MAIL_RETENTION_DAYS (sent or failed mail of every firm).
    await queryRunner.query(
      `CREATE POLICY outbox_message_system_purge ON outbox_message FOR DELETE USING (${SYSTEM} AND status <> 'QUEUED')`,
    );
    await queryRunner.query(`ALTER TABLE notification ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE notification FORCE ROW LEVEL SECURITY`);
    // Written for any member of the firm (by whoever assigns the task); read and marked only by its recipient
    // (so an insert never asks for RETURNING).
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON notification USING (tenant_id = ${TENANT} AND user_id = ${USER}) WITH CHECK (tenant_id = ${TENANT})`,
    );

    await queryRunner.query(`CREATE TABLE password_reset (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id),
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id, created_at)`);

    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON outbox_message, notification, notification_preference, password_reset TO klarsicht_runtime`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON reminder_sent, digest_sent TO klarsicht_runtime`);
    await queryRunner.query(`GRANT DELETE ON outbox_message TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'password_reset',
      'digest_sent',
      'reminder_sent',
      'notification_preference',
      'notification',
      'outbox_message',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
