import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLIENT_FK = (table: string): [string, string, string] => [
  table,
  `${table}_client_tenant_fk`,
  `FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`,
];

const FOREIGN_KEYS: [table: string, name: string, definition: string][] = [
  CLIENT_FK('consent_text'),
  CLIENT_FK('consent_subject'),
  CLIENT_FK('consent_record'),
  CLIENT_FK('consent_event'),
  CLIENT_FK('consent_request'),
  CLIENT_FK('consent_import'),
  [
    'consent_record',
    'consent_record_subject_tenant_fk',
    `FOREIGN KEY ("tenant_id", "subject_id") REFERENCES "consent_subject"("tenant_id", "id")`,
  ],
  [
    'consent_record',
    'consent_record_text_tenant_fk',
    `FOREIGN KEY ("tenant_id", "text_version_id") REFERENCES "consent_text"("tenant_id", "id")`,
  ],
  [
    'consent_event',
    'consent_event_subject_tenant_fk',
    `FOREIGN KEY ("tenant_id", "subject_id") REFERENCES "consent_subject"("tenant_id", "id")`,
  ],
  [
    'consent_event',
    'consent_event_record_tenant_fk',
    `FOREIGN KEY ("tenant_id", "record_id") REFERENCES "consent_record"("tenant_id", "id")`,
  ],
  [
    'consent_event',
    'consent_event_text_tenant_fk',
    `FOREIGN KEY ("tenant_id", "text_version_id") REFERENCES "consent_text"("tenant_id", "id")`,
  ],
  [
    'consent_request',
    'consent_request_subject_tenant_fk',
    `FOREIGN KEY ("tenant_id", "subject_id") REFERENCES "consent_subject"("tenant_id", "id")`,
  ],
  [
    'consent_request',
    'consent_request_text_tenant_fk',
    `FOREIGN KEY ("tenant_id", "text_version_id") REFERENCES "consent_text"("tenant_id", "id")`,
  ],
];

/**
 * Hand-written: tenant-safe foreign keys, row-level security with the client scope, immutable texts, append-only
 * events, and statement-level triggers that keep the client's consent counters in the same transaction.
 */
export class SecureConsent1795441368990 implements MigrationInterface {
  name = 'SecureConsent1795441368990';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name, definition] of FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" ${definition}`);
    }
    // Published texts never change; events are the proof and only ever grow.
    // secureTenantTable('consent_text', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT'] }), frozen
    await queryRunner.query(`ALTER TABLE "consent_text" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "consent_text" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "consent_text" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "consent_text" TO klarsicht_runtime`);
    // secureTenantTable('consent_event', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT'] }), frozen
    await queryRunner.query(`ALTER TABLE "consent_event" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "consent_event" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "consent_event" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "consent_event" TO klarsicht_runtime`);
    // makeAppendOnly('consent_text'), frozen
    await queryRunner.query(`
    CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`);
    await queryRunner.query(
      `CREATE TRIGGER consent_text_append_only BEFORE UPDATE OR DELETE ON "consent_text" FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER consent_text_no_truncate BEFORE TRUNCATE ON "consent_text" FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
    );
    // makeAppendOnly('consent_event'), frozen
    await queryRunner.query(`
    CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`);
    await queryRunner.query(
      `CREATE TRIGGER consent_event_append_only BEFORE UPDATE OR DELETE ON "consent_event" FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER consent_event_no_truncate BEFORE TRUNCATE ON "consent_event" FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
    );
    // secureTenantTable('consent_subject', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "consent_subject" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "consent_subject" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "consent_subject" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "consent_subject" TO klarsicht_runtime`);
    // secureTenantTable('consent_record', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "consent_record" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "consent_record" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "consent_record" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "consent_record" TO klarsicht_runtime`);
    // secureTenantTable('consent_request', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "consent_request" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "consent_request" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "consent_request" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "consent_request" TO klarsicht_runtime`);
    // secureTenantTable('consent_import', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] }), frozen
    await queryRunner.query(`ALTER TABLE "consent_import" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "consent_import" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "consent_import" USING ((tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)) WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND CASE WHEN (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) IS NULL THEN true ELSE client_id = (SELECT NULLIF(current_setting('app.client_id', true), '')::uuid) END)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "consent_import" TO klarsicht_runtime`);

    // client.consent_* = number of records per status, maintained once per statement (bulk imports stay fast).
    await queryRunner.query(`
      CREATE FUNCTION consent_record_counters() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          UPDATE client c SET
              consent_pending = c.consent_pending + d.pending,
              consent_confirmed = c.consent_confirmed + d.confirmed,
              consent_withdrawn = c.consent_withdrawn + d.withdrawn,
              consent_expired = c.consent_expired + d.expired
            FROM (
              SELECT tenant_id, client_id,
                     sum(CASE status WHEN 'PENDING' THEN sign ELSE 0 END) AS pending,
                     sum(CASE status WHEN 'CONFIRMED' THEN sign ELSE 0 END) AS confirmed,
                     sum(CASE status WHEN 'WITHDRAWN' THEN sign ELSE 0 END) AS withdrawn,
                     sum(CASE status WHEN 'EXPIRED' THEN sign ELSE 0 END) AS expired
                FROM (SELECT tenant_id, client_id, status, 1 AS sign FROM new_rows
                      UNION ALL SELECT tenant_id, client_id, status, -1 FROM old_rows) AS changes
               GROUP BY tenant_id, client_id
            ) d
           WHERE c.tenant_id = d.tenant_id AND c.id = d.client_id
             AND (d.pending <> 0 OR d.confirmed <> 0 OR d.withdrawn <> 0 OR d.expired <> 0);
        ELSE
          UPDATE client c SET
              consent_pending = c.consent_pending + d.pending,
              consent_confirmed = c.consent_confirmed + d.confirmed,
              consent_withdrawn = c.consent_withdrawn + d.withdrawn,
              consent_expired = c.consent_expired + d.expired
            FROM (
              SELECT tenant_id, client_id,
                     count(*) FILTER (WHERE status = 'PENDING') AS pending,
                     count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
                     count(*) FILTER (WHERE status = 'WITHDRAWN') AS withdrawn,
                     count(*) FILTER (WHERE status = 'EXPIRED') AS expired
                FROM new_rows GROUP BY tenant_id, client_id
            ) d
           WHERE c.tenant_id = d.tenant_id AND c.id = d.client_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER consent_record_counters_insert AFTER INSERT ON consent_record REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consent_record_counters()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER consent_record_counters_update AFTER UPDATE ON consent_record REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consent_record_counters()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS consent_record_counters_insert ON consent_record`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS consent_record_counters_update ON consent_record`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS consent_record_counters()`);
    for (const table of ['consent_text', 'consent_event']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_append_only ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON "${table}"`);
    }
    for (const table of [
      'consent_text',
      'consent_subject',
      'consent_record',
      'consent_event',
      'consent_request',
      'consent_import',
    ]) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM klarsicht_runtime`);
    }
    for (const [table, name] of [...FOREIGN_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT IF EXISTS "${name}"`);
    }
  }
}
