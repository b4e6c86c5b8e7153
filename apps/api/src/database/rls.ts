import type { QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const CLIENT = `NULLIF(current_setting('app.client_id', true), '')::uuid`;
const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

export const RLS_EXPRESSIONS = { TENANT, CLIENT, USER } as const;

type Privilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

export type TenantRlsOptions = {
  // Column naming the owning client: client-bound users see only rows of their client.
  clientColumn?: string;
  // Extra rows visible beyond the tenant (e.g. a user's own memberships across firms); never writable.
  alsoVisible?: string;
  privileges?: Privilege[];
};

/**
 * The tenant (and client) scope of a policy. Two planner details matter on large tables:
 * - each setting is read in a scalar subquery, so it is evaluated once per query (an InitPlan), not per row;
 * - the client part is a CASE, not `client IS NULL OR column = client`: PostgreSQL estimates that OR at well under
 *   1 % of the rows, which turned a page of 50 clients (ORDER BY name LIMIT 51 on an index) into a sort of the whole
 *   firm; a CASE is estimated at 50 %.
 */
export const tenantScope = (clientColumn?: string): string => {
  const tenant = `(SELECT ${TENANT})`;
  const client = `(SELECT ${CLIENT})`;
  return clientColumn
    ? `(tenant_id = ${tenant} AND CASE WHEN ${client} IS NULL THEN true ELSE ${clientColumn} = ${client} END)`
    : `(tenant_id = ${tenant})`;
};

/**
 * Row-level security for a tenant-owned table: ENABLE + FORCE, one policy with USING and WITH CHECK on the
 * transaction-local tenant (and client) scope. Without a scope, nothing is visible and nothing can be written.
 */
export const secureTenantTable = async (queryRunner: QueryRunner, table: string, options: TenantRlsOptions = {}): Promise<void> => {
  const { clientColumn, alsoVisible, privileges = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] } = options;
  const scoped = tenantScope(clientColumn);
  await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY tenant_isolation ON "${table}" USING (${alsoVisible ? `${scoped} OR (${alsoVisible})` : scoped}) WITH CHECK ${scoped}`,
  );
  await queryRunner.query(`GRANT ${privileges.join(', ')} ON "${table}" TO klarsicht_runtime`);
};

/** Tables outside tenancy (global identities, sign-in attempts): privileges only. */
export const grantRuntime = async (queryRunner: QueryRunner, table: string, privileges: Privilege[]): Promise<void> => {
  await queryRunner.query(`GRANT ${privileges.join(', ')} ON "${table}" TO klarsicht_runtime`);
};

/** Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for everyone, owner included. */
export const makeAppendOnly = async (queryRunner: QueryRunner, table: string): Promise<void> => {
  await queryRunner.query(`
    CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`);
  await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
};
