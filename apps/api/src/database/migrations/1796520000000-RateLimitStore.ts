import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API rate-limit counters (rate-limiter-flexible's PostgreSQL store), shared by every api replica: a key (a
 * limiter prefix and an API key id or a keyed hash of an IP address), the points spent in the window, and when the
 * window ends (epoch ms). No tenant data, so no row-level security. And readiness (/health/ready) compares the
 * applied migrations with the built ones, so the runtime role may read the migrations table.
 */
export class RateLimitStore1796520000000 implements MigrationInterface {
  name = 'RateLimitStore1796520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rate_limit (
      key varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    )`);
    await queryRunner.query(`CREATE INDEX rate_limit_expire ON rate_limit (expire)`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit TO klarsicht_runtime`);
    await queryRunner.query(`GRANT SELECT ON typeorm_migrations TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE SELECT ON typeorm_migrations FROM klarsicht_runtime`);
    await queryRunner.query(`DROP TABLE rate_limit`);
  }
}
