import { Client } from 'pg';
import { scanForPlaintext, SENSITIVE_NEEDLES } from './sensitive-values';

export default async function globalTeardown(): Promise<void> {
  try {
    // After the whole suite: no test phone number or IP address may be stored in clear anywhere.
    const ownerUrl = process.env['KLARSICHT_TEST_OWNER_URL'];
    if (ownerUrl) {
      const db = new Client({ connectionString: ownerUrl });
      await db.connect();
      try {
        const leaks = await scanForPlaintext(db, SENSITIVE_NEEDLES, ['public', 'pgboss']);
        if (leaks.length > 0)
          throw new Error(`Personal data found in clear after the test suite: ${JSON.stringify(leaks)}`);
        process.stdout.write(`[test] plaintext scan: no test phone number or IP address in any column\n`);
      } finally {
        await db.end();
      }
    }
  } finally {
    await globalThis.__KLARSICHT_DB_STOP__?.();
  }
}
