import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763892000000 implements MigrationInterface {
  name = 'Foundation1763892000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO klarsicht_runtime`);
    // UUIDv7 (time-ordered) primary keys on every PostgreSQL version we support (uuidv7() is built in only from 18).
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION uuid_generate_v7() RETURNS uuid LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        unix_ms bytea := substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3);
        bytes bytea := unix_ms || substring(uuid_send(gen_random_uuid()) FROM 7 FOR 10);
      BEGIN
        bytes := set_byte(bytes, 6, (get_byte(bytes, 6) & 15) | 112);
        bytes := set_byte(bytes, 8, (get_byte(bytes, 8) & 63) | 128);
        RETURN encode(bytes, 'hex')::uuid;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS uuid_generate_v7()`);
  }
}
