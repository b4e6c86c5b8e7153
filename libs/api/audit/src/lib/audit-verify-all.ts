import type { Client } from 'pg';
import { verifyChain, type ChainReader } from './audit.repository';

export type FirmChainResult = {
  tenantId: string;
  name: string;
  valid: boolean;
  checkedCount: number;
  firstInvalidSequence: number | null;
  seconds: number;
};

/**
 * Verifies the audit chain of every firm (or of the given firm ids) over one runtime-role connection, each firm in
 * its own read-only transaction with its scope set. Firm ids are listed under the SELECT-only system scope.
 */
export const verifyAllChains = async (db: Client, tenantIds: string[] = []): Promise<FirmChainResult[]> => {
  await db.query('BEGIN READ ONLY');
  const tenants = await db
    .query(`SELECT set_config('app.system', 'on', true)`)
    .then(() => db.query<{ id: string; name: string }>('SELECT id, name FROM tenant ORDER BY name, id'))
    .finally(() => db.query('COMMIT'));
  const unknown = tenantIds.filter((id) => !tenants.rows.some((t) => t.id === id));
  if (unknown.length) throw new Error(`Unknown firm id(s): ${unknown.join(', ')}`);
  const results: FirmChainResult[] = [];
  for (const tenant of tenants.rows.filter((t) => tenantIds.length === 0 || tenantIds.includes(t.id))) {
    await db.query('BEGIN READ ONLY');
    try {
      await db.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.client_id', '', true)`, [
        tenant.id,
      ]);
      const ctx: ChainReader = {
        query: async <T>(sql: string, params?: unknown[]) => (await db.query(sql, params)).rows as T[],
        connection: async () => db,
      };
      const started = performance.now();
      const result = await verifyChain(ctx, tenant.id);
      results.push({
        tenantId: tenant.id,
        name: tenant.name,
        valid: result.valid,
        checkedCount: result.checkedCount,
        firstInvalidSequence: result.firstInvalidSequence,
        seconds: (performance.now() - started) / 1000,
      });
    } finally {
      await db.query('COMMIT');
    }
  }
  return results;
};
