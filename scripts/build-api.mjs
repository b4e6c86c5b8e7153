// Compiles the api and the libraries it uses with SWC (decorator metadata included) into dist/apps/api,
// mirroring the source tree; tsconfig path aliases become relative requires. Type checking is `npm run typecheck`.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist/apps/api');
const sources = ['apps/api/src', 'libs/api', 'libs/shared/src', 'libs/compliance-rules/src'];
const skip = (path) => /\.spec\.ts$|__tests__|[\\/]testing[\\/]/.test(path);

const tsconfig = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8'));
const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));

const walk = async (dir) => {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !skip(path) ? [path] : [];
    }),
  );
  return files.flat();
};

const started = Date.now();
await rm(outDir, { recursive: true, force: true });
const files = (await Promise.all(sources.map((s) => walk(join(root, s))))).flat();
await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(file, {
      ...swcrc,
      swcrc: false,
      sourceMaps: true,
      jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
    });
    const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
  }),
);
console.log(`api: compiled ${files.length} files in ${Date.now() - started} ms`);
