// `npm run dev`: the api rebuilt (SWC, ~100 ms) and restarted on every change, and Vite's dev server with HMR.
import { spawn, execSync } from 'node:child_process';
import { watch } from 'node:fs';

const build = () => {
  try {
    execSync('node scripts/build-api.mjs', { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
};

build();
const api = spawn('node', ['--watch', '--enable-source-maps', 'dist/apps/api/apps/api/src/main.js'], {
  stdio: 'inherit',
});
const web = spawn('npx', ['vite', '--config', 'apps/web/vite.config.ts'], { stdio: 'inherit' });

let timer;
for (const dir of ['apps/api/src', 'libs']) {
  watch(dir, { recursive: true }, (_event, file) => {
    if (!file || !file.endsWith('.ts') || file.includes('apps/web')) return;
    globalThis.clearTimeout(timer);
    timer = setTimeout(build, 150);
  });
}
const stop = () => {
  api.kill('SIGTERM');
  web.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
