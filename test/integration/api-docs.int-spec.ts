import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSchema, type GraphQLSchema } from 'graphql';
import ts from 'typescript';
import { createApiKey } from '../support/api-keys';
import { createClient, signUpFirm, type Firm } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

// Examples in docs/api.md that must run today. Any other example runs as soon as all its operations are in the
// schema and is skipped, named, until then.
const EXECUTABLE_NOW = [
  'login',
  'create-api-key',
  'whoami',
  'lint-consent-text',
  'publish-consent-text',
  'shop-request-consent-curl',
  'shop-request-consent-ts',
  'shop-record-consent-curl',
  'provider-stop-curl',
  'provider-stop-ts',
  'create-channel-meta',
  'meta-verify',
  'meta-webhook-stop',
  'twilio-webhook-stop-ts',
  'consent-status-curl',
  'consent-statuses-ts',
  'create-document',
  'upload-document-version',
  'download-document-version',
  'shop-forward-request-curl',
  'dpo-report-breach-curl',
  'nightly-status-curl',
  'nightly-status-ts',
  'client-report-pdf',
];
// Operations of the design's GraphQL contract (docs/api.md) that the api does not serve yet; an example may wait only
// for these. Once an operation lands in the schema, every example using it runs automatically.
const CONTRACT_NOT_YET_SERVED: string[] = [];

type Marker = {
  id: string;
  operations: string[];
  key?: { scopes: string[]; clientBound?: boolean };
  saves?: Record<string, string>;
  call?: string;
  args?: unknown[];
  expectLength?: number;
  // A REST example: its output is plain JSON (no GraphQL `data`), which must not be an error.
  rest?: boolean;
};
type Example = Marker & { lang: 'bash' | 'ts'; code: string };

const ROOT = join(__dirname, '..', '..');

export const extractExamples = (markdown: string): Example[] => {
  const pattern = /<!-- example (\{.*?\}) -->\s*\n```(bash|ts)\n([\s\S]*?)\n```/g;
  return [...markdown.matchAll(pattern)].map((match) => ({
    ...(JSON.parse(match[1]) as Marker),
    lang: match[2] as Example['lang'],
    code: match[3],
  }));
};

const markdown = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
const examples = extractExamples(markdown);
const schema: GraphQLSchema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));
const rootFields = new Set([
  ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
  ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
]);
const missingOperations = (example: Example): string[] =>
  example.operations.filter((op) => !rootFields.has(op));

const pathValue = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (current, part) =>
        current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined,
      value,
    );

const run = promisify(execFile);

const runBash = async (code: string, env: Record<string, string>, rest = false): Promise<unknown> => {
  const cwd = mkdtempSync(join(tmpdir(), 'klarsicht-docs-'));
  const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', code], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 30_000,
  });
  const body = JSON.parse(stdout) as { data?: unknown; errors?: unknown[]; error?: unknown };
  if (rest) {
    if (body.error) throw new Error(`example answered with an error: ${JSON.stringify(body.error)}`);
    return body;
  }
  if (body.errors?.length || !body.data)
    throw new Error(`example answered with errors: ${JSON.stringify(body.errors)}`);
  return body;
};

const runTypeScript = async (example: Example, env: Record<string, string>): Promise<unknown> => {
  const { outputText } = ts.transpileModule(example.code, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const module = { exports: {} as Record<string, unknown> };
    new Function('exports', 'require', 'module', outputText)(module.exports, require, module);
    const entry = module.exports[example.call ?? ''];
    if (typeof entry !== 'function') throw new Error(`example does not export ${example.call}`);
    return await (entry as (...args: unknown[]) => Promise<unknown>)(...(example.args ?? []));
  } finally {
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
};

describe('docs/api.md examples', () => {
  let sut: TestApp;
  let firm: Firm;
  const env: Record<string, string> = {};

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut, 'Kanzlei Beispiel');
    const clientId = await createClient(sut, firm.token, 'Bäckerei Korn');
    await createClient(sut, firm.token, 'Autohaus Blech');
    await createClient(sut, firm.token, 'Zahnarztpraxis Weiß');
    Object.assign(env, {
      KLARSICHT_URL: sut.url,
      KLARSICHT_EMAIL: firm.email,
      KLARSICHT_PASSWORD: firm.password,
      KLARSICHT_CLIENT_ID: clientId,
    });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('finds every example and knows which must run', () => {
    expect(examples.map((e) => e.id)).toEqual(expect.arrayContaining(EXECUTABLE_NOW));
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    for (const example of examples)
      expect({ id: example.id, operations: example.operations.length > 0 }).toEqual({
        id: example.id,
        operations: true,
      });
  });

  it('lets an example wait only for contract operations the api does not serve yet', () => {
    const waiting = examples.filter((e) => !EXECUTABLE_NOW.includes(e.id) && missingOperations(e).length > 0);
    for (const example of waiting) {
      expect({
        id: example.id,
        unknown: missingOperations(example).filter((op) => !CONTRACT_NOT_YET_SERVED.includes(op)),
      }).toEqual({ id: example.id, unknown: [] });
    }
  });

  // Examples share one firm and run in document order: later ones use what earlier ones saved (a token, a key).
  for (const example of examples) {
    const missing = missingOperations(example);
    if (missing.length > 0 && !EXECUTABLE_NOW.includes(example.id)) continue;
    it(`runs ${example.id}`, async () => {
      expect(missing).toEqual([]);
      const exampleEnv = { ...env };
      if (example.key) {
        const key = await createApiKey(sut, firm.token, {
          name: `docs ${example.id}`,
          scopes: example.key.scopes,
          clientId: example.key.clientBound ? env['KLARSICHT_CLIENT_ID'] : null,
        });
        exampleEnv['KLARSICHT_API_KEY'] = key.secret;
      }
      const result =
        example.lang === 'bash'
          ? await runBash(example.code, exampleEnv, example.rest)
          : await runTypeScript(example, exampleEnv);
      for (const [name, path] of Object.entries(example.saves ?? {})) {
        const value = pathValue(result, path);
        expect({ [name]: typeof value }).toEqual({ [name]: 'string' });
        env[name] = value as string;
      }
      if (example.expectLength !== undefined) expect(result).toHaveLength(example.expectLength);
    });
  }
});
