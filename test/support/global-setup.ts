import { prepareTestDatabase } from './database';

declare global {
  var __KLARSICHT_DB_STOP__: (() => Promise<void>) | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const { ownerUrl, stop } = await prepareTestDatabase();
  // Workers are started after global setup and inherit this environment.
  process.env['KLARSICHT_TEST_OWNER_URL'] = ownerUrl;
  globalThis.__KLARSICHT_DB_STOP__ = stop;
  process.stdout.write(
    `\n[test] database ready in ${Date.now() - started} ms (${new URL(ownerUrl).pathname.slice(1)})\n`,
  );
}
