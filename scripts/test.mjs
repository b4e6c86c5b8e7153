// `npm test`: the whole suite (unit, integration against real PostgreSQL, browser when present) in one jest run.
// Integration tests use an embedded PostgreSQL unless DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
// NestJS 12 and Apollo's Fastify integration load ESM packages with import(); jest needs vm modules for that.
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-warnings`.trim() };
if (!existsSync('dist/apps/web/index.html') && !args.includes('--selectProjects')) {
  const build = spawnSync('npx', ['nx', 'run', 'web:build', '--output-style=stream-without-prefixes'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const result = spawnSync('npx', ['jest', '--ci', ...args], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
