import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly, secureTenantTable } from '../rls';

const CLIENT_FK = (table: string): [string, string, string] => [table, `${table}_client_tenant_fk`, `FOREIGN KEY ("tenant_id", "client_id") REFERENCES "client"("tenant_id", "id")`];

const FOREIGN_KEYS: [table: string, name: string, definition: string][] = [
  CLIENT_FK('consent_text'),
  CLIENT_FK('consent_subject'),
  CLIENT_FK('consent_record'),
  CLIENT_FK('consent_event'),
  CLIENT_FK('consent_request'),
  CLIENT_FK('consent_import'),
  ['consent_record', 'consent_record_subject_tenant_fk', `FOREIGN KEY ("tenant_id", "subject_id") REFERENCES "consent_subject"("tenant_id", "id")`],
  ['consent_record', 'consent_record_text_tenant_fk', `FOREIGN KEY ("tenant_id", "text_version_id") REFERENCES "consent_text"("tenant_id", "id")`],
  ['consent_event', 'consent_event_subject_tenant_fk', `FOREIGN KEY ("tenant_id", "subject_id") REFERENCES "consent_subject"("tenant_id", "id")`],
  ['consent_event', 'consent_event_record_tenant_fk', `FOREIGN KEY ("tenant_id", "record_id") REFERENCES "consent_record"("tenant_id", "id")`],
  ['consent_event', 'consent_event_text_tenant_fk', `FOREIGN KEY ("tenant_id", "text_version_id") REFERENCES "consent_text"("tenant_id", "id")`],
  ['consent_request', 'consent_request_subject_tenant_fk', `FOREIGN KEY ("tenant_id", "subject_id") REFERENCES "consent_subject"("tenant_id", "id")`],
  ['consent_request', 'consent_request_text_tenant_fk', `FOREIGN KEY ("tenant_id", "text_version_id") REFERENCES "consent_text"("tenant_id", "id")`],
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
    await secureTenantTable(queryRunner, 'consent_text', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT'] });
    await secureTenantTable(queryRunner, 'consent_event', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT'] });
    await makeAppendOnly(queryRunner, 'consent_text');
    await makeAppendOnly(queryRunner, 'consent_event');
    await secureTenantTable(queryRunner, 'consent_subject', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] });
    await secureTenantTable(queryRunner, 'consent_record', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] });
    await secureTenantTable(queryRunner, 'consent_request', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] });
    await secureTenantTable(queryRunner, 'consent_import', { clientColumn: 'client_id', privileges: ['SELECT', 'INSERT', 'UPDATE'] });

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
    for (const table of ['consent_text', 'consent_subject', 'consent_record', 'consent_event', 'consent_request', 'consent_import']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM klarsicht_runtime`);
    }
    for (const [table, name] of [...FOREIGN_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT IF EXISTS "${name}"`);
    }
  }
}
