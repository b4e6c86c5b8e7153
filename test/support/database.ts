import { Client } from 'pg';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded';
import { ensureRuntimeRoles, APP_ROLE } from '../../apps/api/src/database/provision';
import { migrateDatabase } from '../../apps/api/src/database/migrate';
import { freePort } from './ports';
import { TEST_APP_PASSWORD, withDatabase } from './urls';

export { freePort };

/** A fresh database for this test run on the given server (or an embedded one), migrated by the owner. */
export const prepareTestDatabase = async (): Promise<{
  ownerUrl: string;
  adminUrl: string;
  stop: () => Promise<void>;
}> => {
  let adminUrl = process.env['DATABASE_URL'];
  let stop = async (): Promise<void> => undefined;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'klarsicht-test-pg-'));
    // The embedded server may run as the unprivileged postgres OS user (when we are root).
    chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres(join(dir, 'pg'), await freePort(), 'postgres');
    adminUrl = server.url;
    stop = server.stop;
  }
  const database = `klarsicht_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    await ensureRuntimeRoles(admin, APP_ROLE, TEST_APP_PASSWORD);
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabase(adminUrl, database);
  await migrateDatabase(ownerUrl);
  return { ownerUrl, adminUrl, stop };
};
