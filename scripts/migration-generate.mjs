// `npm run migration:generate -- <VerbNoun>`: diff the entities against the migrated development database.
import { execSync } from 'node:child_process';

execSync('node scripts/build-api.mjs', { stdio: 'inherit' });
execSync(`node dist/apps/api/apps/api/src/cli.js migration:generate ${process.argv.slice(2).join(' ')}`, {
  stdio: 'inherit',
});
