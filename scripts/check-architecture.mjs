// docs/architecture.md against the workspace: its projects table names every Nx project (`nx show projects`) and
// no other, and it does not describe anything as "being added". Exit 1 with the differences (CI).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const doc = readFileSync(resolve(root, 'docs/architecture.md'), 'utf8');
const projects = JSON.parse(
  execFileSync('npx', ['nx', 'show', 'projects', '--json'], { cwd: root, encoding: 'utf8' }),
);

// The table under "## Libraries and boundaries": rows start with | `name` | `path` |.
const section = doc.slice(doc.indexOf('## Libraries and boundaries'));
const table = section.slice(0, section.search(/\n\n(?!\|)/));
const documented = [...table.matchAll(/^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|/gm)].map((m) => ({
  name: m[1],
  path: m[2],
}));

// Where each project lives: the directory of the project.json that names it.
const roots = new Map(
  execFileSync('git', ['ls-files', '--', 'project.json', '**/project.json'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((file) => [JSON.parse(readFileSync(resolve(root, file), 'utf8')).name, dirname(file)]),
);

const problems = [];
if (documented.length === 0)
  problems.push('docs/architecture.md: no projects table under "## Libraries and boundaries"');
const names = new Set(documented.map((d) => d.name));
for (const project of projects)
  if (!names.has(project)) problems.push(`project \`${project}\` is missing from the projects table`);
for (const { name, path } of documented) {
  if (!projects.includes(name)) {
    problems.push(`the projects table names \`${name}\`, which is not an Nx project`);
    continue;
  }
  const projectRoot = roots.get(name);
  if (projectRoot !== path) problems.push(`\`${name}\` is at \`${projectRoot}\`, the table says \`${path}\``);
}
for (const [i, line] of doc.split('\n').entries()) {
  if (/being added/i.test(line))
    problems.push(`docs/architecture.md:${i + 1}: "being added" — describe the code as it is`);
}

if (problems.length > 0) {
  console.error(`docs/architecture.md does not match the workspace:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs/architecture.md names all ${projects.length} projects at their paths.`);
