import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import globalSetup from './global-setup';

// Builds nothing: scripts/test.mjs builds the web when dist/apps/web/index.html is missing.
// Each spec starts the real api (serving the built web) itself; this only prepares the database.
export default async function browserGlobalSetup(): Promise<void> {
  const index = resolve(__dirname, '../../dist/apps/web/index.html');
  if (!existsSync(index)) {
    throw new Error(
      `Browser tests need the built web app (${index}): run \`npx nx run web:build\` or \`npm test\`.`,
    );
  }
  await globalSetup();
}
