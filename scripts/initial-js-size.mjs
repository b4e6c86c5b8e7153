// `node scripts/initial-js-size.mjs`: gzipped size of the JavaScript a first visit loads before any lazy page —
// the entry script and every module it preloads, as listed in the built dist/apps/web/index.html.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/apps/web';
const html = readFileSync(`${dir}/index.html`, 'utf8');
const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(`${dir}${file}`), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KiB  ${file}`);
}
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KiB  initial JavaScript, gzipped (${files.length} files)`,
);
