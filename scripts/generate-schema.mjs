// Regenerates apps/api/schema.gql from the resolvers and the web's typed operations from it.
import { execSync } from 'node:child_process';

execSync('node scripts/build-api.mjs', { stdio: 'inherit' });
execSync('node dist/apps/api/apps/api/src/cli.js schema', {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'development' },
});
execSync('npx graphql-codegen --config apps/web/codegen.ts', { stdio: 'inherit' });
