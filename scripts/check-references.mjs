// No reference to a file that is not in the repository (CI):
//  - nothing points outside the repo: `DESIGN.md`, `DESIGN §…`, `STYLE.md`, `../shared/` (point to docs/ instead);
//  - relative Markdown links and repository paths named in code and docs (`docs/…`, `apps/…`, `libs/…`, `test/…`,
//    `scripts/…`, `bench/…`, `docker/…`) name files or directories that exist.
// Also: no source file under apps/ or libs/ over 400 lines (generated code, migrations and specs aside).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const MAX_LINES = 400;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && existsSync(join(root, f)))
  .filter((f) => /\.(ts|tsx|mjs|js|cjs|json|md|yml|yaml|sh|css|html)$/.test(f) || f.startsWith('.ci/'))
  .filter(
    (f) =>
      !/(^|\/)package-lock\.json$|^apps\/web\/src\/gql\/|^apps\/api\/schema\.gql$|^bench\/.*\.json$|^docs\/screenshots\//.test(
        f,
      ),
  );

const OUTSIDE = /DESIGN\.md|DESIGN §|STYLE\.md|\.\.\/shared\/(?:DESIGN|STYLE|domain)/;
// A repository path as prose names it: starts at a top-level folder, ends before whitespace, quote or bracket.
const PATH = /(?<![\w./-])((?:docs|apps|libs|test|scripts|bench|docker)\/[\w@.\-/]*[\w-])(?:#[\w-]+)?/g;
const LINK = /\]\(([^)\s#]+)(?:#[^)]*)?\)/g;
const GLOB = /[*{}<>]|\.\.\.|…/;

// A path exists, or is the compiled form of a source file (`….js` of a `….ts`), or is one git ignores on purpose
// (generated: bench/results, docker/.env, node_modules …).
const known = new Map();
const resolves = (path) => {
  if (!known.has(path)) {
    const ignored = () => {
      try {
        execFileSync('git', ['check-ignore', '--no-index', path, `${path}/`], { cwd: root, stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    };
    known.set(
      path,
      existsSync(join(root, path)) || existsSync(join(root, path.replace(/\.js$/, '.ts'))) || ignored(),
    );
  }
  return known.get(path);
};

const problems = [];
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (OUTSIDE.test(line) && file !== 'scripts/check-references.mjs')
      problems.push(
        `${where}: points outside the repository (${line.match(OUTSIDE)[0]}); point to docs/ instead`,
      );
    for (const [, path] of line.matchAll(PATH)) {
      if (GLOB.test(path) || file === 'scripts/check-references.mjs') continue;
      if (!resolves(path)) problems.push(`${where}: \`${path}\` does not exist`);
    }
    if (file.endsWith('.md')) {
      for (const [, target] of line.matchAll(LINK)) {
        if (/^[a-z]+:/i.test(target) || GLOB.test(target)) continue;
        const path = normalize(join(dirname(file), decodeURI(target)));
        if (!resolves(path)) problems.push(`${where}: link to \`${target}\` does not exist`);
      }
    }
  });
  const source =
    /^(apps|libs)\/.*\.(ts|tsx|mjs)$/.test(file) && !/\.spec\.|\/migrations\/|\/gql\//.test(file);
  if (source && lines.length > MAX_LINES)
    problems.push(`${file}: ${lines.length} lines (at most ${MAX_LINES}): split it by use case`);
}

if (problems.length > 0) {
  console.error(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `${files.length} files: every reference resolves inside the repository; no source file over ${MAX_LINES} lines.`,
);
