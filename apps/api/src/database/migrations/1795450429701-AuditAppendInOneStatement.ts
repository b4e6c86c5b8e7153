import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the audit append becomes one statement, and verification hashes bytes as they arrive.
 *
 * - `audit_append(tenant, events)` locks the tenant's head row, inserts the events with gap-free sequence numbers
 *   and their SHA-256 chain hashes, and moves the head, in one round trip. SECURITY INVOKER: row-level security and
 *   the runtime role's INSERT/SELECT-only privileges apply as before.
 * - Chain format 2 (events appended from now on): hash = SHA-256(prev_hash || '\n' || fields), where `fields` is
 *   the PostgreSQL binary COPY encoding of tenant_id, seq, id, occurred_at, actor_type, actor_id, actor_label,
 *   client_id, action, entity_type, entity_id, changes, ip, user_agent, request_id: per field a big-endian int32
 *   length (-1 for NULL) and the value (uuid 16 bytes, bigint 8, timestamptz int64 microseconds since 2000-01-01
 *   UTC, text UTF-8). A verifier reading `COPY … (FORMAT binary)` hashes each tuple's bytes as they are.
 *   Events written before keep format 1 (SHA-256 over the canonical JSON of the event) and still verify.
 * - `changes` is stored as text: the canonical JSON (sorted keys) written by the application.
 */
export class AuditAppendInOneStatement1795450429701 implements MigrationInterface {
  name = 'AuditAppendInOneStatement1795450429701';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_event" ALTER COLUMN "changes" TYPE text USING "changes"::text`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_field(value bytea) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN value IS NULL THEN '\\xffffffff'::bytea ELSE int4send(octet_length(value)) || value END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_append(p_tenant uuid, p_events jsonb) RETURNS bigint
      LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
      DECLARE
        v_seq bigint;
        v_hash text;
        v_next text;
        e record;
      BEGIN
        PERFORM set_config('app.tenant_id', p_tenant::text, true), set_config('app.client_id', '', true);
        INSERT INTO audit_head AS h (tenant_id, seq, hash) VALUES (p_tenant, 0, repeat('0', 64))
          ON CONFLICT (tenant_id) DO UPDATE SET seq = h.seq
          RETURNING h.seq, h.hash INTO v_seq, v_hash;
        FOR e IN
          SELECT * FROM jsonb_to_recordset(p_events) AS x(
            id uuid, occurred_at timestamptz, actor_type text, actor_id uuid, actor_label text, client_id uuid,
            action text, entity_type text, entity_id uuid, changes text, ip text, user_agent text, request_id text)
        LOOP
          v_seq := v_seq + 1;
          v_next := encode(sha256(
            convert_to(v_hash, 'UTF8') || '\\x0a'::bytea ||
            audit_field(uuid_send(p_tenant)) || audit_field(int8send(v_seq)) || audit_field(uuid_send(e.id)) ||
            audit_field(timestamptz_send(e.occurred_at)) || audit_field(convert_to(e.actor_type, 'UTF8')) ||
            audit_field(uuid_send(e.actor_id)) || audit_field(convert_to(e.actor_label, 'UTF8')) ||
            audit_field(uuid_send(e.client_id)) || audit_field(convert_to(e.action, 'UTF8')) ||
            audit_field(convert_to(e.entity_type, 'UTF8')) || audit_field(uuid_send(e.entity_id)) ||
            audit_field(convert_to(e.changes, 'UTF8')) || audit_field(convert_to(e.ip, 'UTF8')) ||
            audit_field(convert_to(e.user_agent, 'UTF8')) || audit_field(convert_to(e.request_id, 'UTF8'))), 'hex');
          INSERT INTO audit_event (tenant_id, seq, id, occurred_at, actor_type, actor_id, actor_label, client_id, action,
                                   entity_type, entity_id, changes, ip, user_agent, request_id, prev_hash, hash)
          VALUES (p_tenant, v_seq, e.id, e.occurred_at, e.actor_type, e.actor_id, e.actor_label, e.client_id, e.action,
                  e.entity_type, e.entity_id, e.changes, e.ip, e.user_agent, e.request_id, v_hash, v_next);
          v_hash := v_next;
        END LOOP;
        UPDATE audit_head SET seq = v_seq, hash = v_hash WHERE tenant_id = p_tenant;
        RETURN v_seq;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION audit_append(uuid, jsonb) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION audit_append(uuid, jsonb) TO klarsicht_runtime`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION audit_field(bytea) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION audit_field(bytea) TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_append(uuid, jsonb)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_field(bytea)`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ALTER COLUMN "changes" TYPE jsonb USING "changes"::jsonb`,
    );
  }
}
