// `npm test`: the whole suite in one command — unit and integration tests (real PostgreSQL: embedded, or
// DATABASE_URL), then the browser journeys in Chromium against the built web. Extra arguments go to jest as is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-warnings`.trim() };
const run = (command, commandArgs) => spawnSync(command, commandArgs, { stdio: 'inherit', env }).status ?? 1;

const wantsBrowser = args.length === 0 || args.some((a) => a.includes('browser'));
if (wantsBrowser && !existsSync('dist/apps/web/index.html')) {
  const status = run('npx', ['nx', 'run', 'web:build', '--output-style=stream-without-prefixes']);
  if (status !== 0) process.exit(status);
}
if (args.length > 0) process.exit(run('npx', ['jest', '--ci', ...args]));

// Browser journeys run on their own afterwards: sharing two cores with the API suites makes them flaky.
const first = run('npx', ['jest', '--ci', '--selectProjects', 'unit', 'integration']);
const second = run('npx', ['jest', '--ci', '--selectProjects', 'browser']);
process.exit(first !== 0 ? first : second);
