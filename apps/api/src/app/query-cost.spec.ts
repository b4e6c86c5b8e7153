import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_PAGE_SIZE, MAX_QUERY_COST, queryCost } from '@klarsicht/api-core';

const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

// Every operation the web app sends, as GraphQL Code Generator wrote them (JSON document literals).
const webDocuments = (): [string, DocumentNode][] =>
  [
    ...readFileSync(join(root, 'apps/web/src/gql/graphql.ts'), 'utf8').matchAll(
      /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm,
    ),
  ].map((match) => [match[1] ?? '', JSON.parse(match[2] ?? '{}') as DocumentNode]);

// A valid value for a variable the web would fill in (only `first` changes what an operation costs).
const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: '0190a0a0-0000-7000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  DateTime: '2026-01-01T00:00:00.000Z',
};
const sample = (type: GraphQLInputType): unknown => {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  return SCALAR_SAMPLES[inner.name] ?? 'x';
};

// The `first` the web's hooks send (features/*/hooks): portfolio and client pickers 1,000, the task inbox 200,
// documents 100, audit 50; any other operation is checked at 1,000.
const WEB_PAGE_SIZES: Record<string, number> = { TaskInbox: 200, ClientDocuments: 100, AuditEvents: 50 };

const STATUS = `clients(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
  id name compliance { score level } openTaskCount consentStats { pending confirmed withdrawn expired } } } }`;
const WITH_FINDINGS = `clients(first: $first) { edges { node { id compliance { level findings { ruleId severity } } } } }`;

const cost = (query: string, variables?: Record<string, unknown>): number | null =>
  queryCost(schema, parse(query), variables, undefined);

describe('query cost', () => {
  it('counts `first` passed as a variable exactly like a literal one', () => {
    for (const first of [0, 1, 50, 1000, 5000]) {
      const literal = cost(`query { ${STATUS.replace('$first', String(first))} }`);
      expect(cost(`query ($first: Int) { ${STATUS} }`, { first })).toBe(literal);
    }
    expect(cost(`query ($first: Int) { ${WITH_FINDINGS} }`, { first: 1000 })).toBe(
      cost(`query { ${WITH_FINDINGS.replace('$first', '1000')} }`),
    );
  });

  it('lets the status of all 5,000 clients through in one page and refuses all 5,000 with their findings', () => {
    expect(cost(`query ($first: Int) { ${STATUS} }`, { first: MAX_PAGE_SIZE })).toBeLessThanOrEqual(
      MAX_QUERY_COST,
    );
    expect(cost(`query ($first: Int) { ${WITH_FINDINGS} }`, { first: 5000 })).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost(`query ($first: Int) { ${WITH_FINDINGS} }`, { first: 1000 })).toBeLessThanOrEqual(
      MAX_QUERY_COST,
    );
  });

  it('uses the default page size without `first` and caps a huge or negative one at the maximum page', () => {
    expect(cost(`query ($first: Int) { ${STATUS} }`, {})).toBe(
      cost(`query { ${STATUS.replace('$first', '50')} }`),
    );
    expect(cost(`query ($first: Int) { ${STATUS} }`, { first: 10 ** 9 })).toBe(
      cost(`query ($first: Int) { ${STATUS} }`, { first: MAX_PAGE_SIZE }),
    );
    expect(cost(`query ($first: Int) { ${STATUS} }`, { first: -5 })).toBe(
      cost(`query ($first: Int) { ${STATUS} }`, { first: 0 }),
    );
  });

  it('multiplies nested pages and aliases', () => {
    const one = cost(`{ a: clients(first: 100) { edges { node { id compliance { level } } } } }`) ?? 0;
    const two =
      cost(`{ a: clients(first: 100) { edges { node { id compliance { level } } } } b: clients(first: 100) {
      edges { node { id compliance { level } } } } }`);
    expect(two).toBe(2 * one);
  });

  it('leaves variables that do not fit the operation to execution (which refuses them)', () => {
    expect(cost(`query ($first: Int) { ${STATUS} }`, { first: 'many' })).toBeNull();
  });

  it.each(webDocuments())(
    'keeps the web operation %s within the limit at the largest page the web asks for',
    (name, document) => {
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      );
      const variables = Object.fromEntries(
        (operation?.variableDefinitions ?? []).map((v) => {
          const variable = v.variable.name.value;
          const type = typeFromAST(schema, v.type) as GraphQLInputType;
          return [variable, variable === 'first' ? (WEB_PAGE_SIZES[name] ?? 1000) : sample(type)];
        }),
      );
      const value = queryCost(schema, document, variables, undefined);
      expect(value).not.toBeNull();
      expect(value).toBeLessThanOrEqual(MAX_QUERY_COST);
    },
  );
});
