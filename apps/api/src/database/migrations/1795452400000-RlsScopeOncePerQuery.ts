import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen copies of the scope expressions as of this migration (a migration imports nothing from the application).
const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const CLIENT = `NULLIF(current_setting('app.client_id', true), '')::uuid`;
/** Settings read in scalar subqueries (once per query); the client part a CASE the planner estimates at 50 %. */
const tenantScope = (clientColumn?: string): string =>
  clientColumn
    ? `(tenant_id = (SELECT ${TENANT}) AND CASE WHEN (SELECT ${CLIENT}) IS NULL THEN true ELSE ${clientColumn} = (SELECT ${CLIENT}) END)`
    : `(tenant_id = (SELECT ${TENANT}))`;

const CLIENT_BOUND: readonly (readonly [string, string])[] = [
  ['client', 'id'],
  ['api_key', 'client_id'],
  ['audit_event', 'client_id'],
  ['consent_event', 'client_id'],
  ['consent_import', 'client_id'],
  ['consent_record', 'client_id'],
  ['consent_request', 'client_id'],
  ['consent_subject', 'client_id'],
  ['consent_text', 'client_id'],
  ['document', 'client_id'],
  ['document_version', 'client_id'],
  ['task', 'client_id'],
  ['task_comment', 'client_id'],
  ['whatsapp_account', 'client_id'],
];
const TENANT_ONLY: readonly string[] = ['audit_head', 'bsp', 'invitation', 'portfolio_snapshot'];

/** Hand-written: every tenant policy reads its settings once per query, and client scopes are a CASE the planner estimates well (see tenantScope). */
export class RlsScopeOncePerQuery1795452400000 implements MigrationInterface {
  name = 'RlsScopeOncePerQuery1795452400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...CLIENT_BOUND, ...TENANT_ONLY.map((t) => [t, undefined] as const)]) {
      const scoped = tenantScope(column);
      await queryRunner.query(
        `ALTER POLICY tenant_isolation ON "${table}" USING ${scoped} WITH CHECK ${scoped}`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of CLIENT_BOUND) {
      const scoped = `(tenant_id = ${TENANT} AND (${CLIENT} IS NULL OR ${column} = ${CLIENT}))`;
      await queryRunner.query(
        `ALTER POLICY tenant_isolation ON "${table}" USING ${scoped} WITH CHECK ${scoped}`,
      );
    }
    for (const table of TENANT_ONLY) {
      await queryRunner.query(
        `ALTER POLICY tenant_isolation ON "${table}" USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
    }
  }
}
