import { signUpFirm, type Firm } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const WITH_FINDINGS = (first: string): string =>
  `clients(first: ${first}) { edges { node { id name compliance { score level findings { ruleId severity } } openTaskCount consentStats { pending } } } }`;

describe('Query cost over HTTP: a variable `first` counts like a literal one', () => {
  let sut: TestApp;
  let firm: Firm;
  const statements: string[] = [];

  beforeAll(async () => {
    sut = await startTestApp({}, { onQuery: (sql) => statements.push(sql) });
    firm = await signUpFirm(sut);
  });
  afterAll(() => sut.close());

  it.each([
    ['a literal', `{ ${WITH_FINDINGS('5000')} }`, {}],
    ['a variable', `query ($first: Int) { ${WITH_FINDINGS('$first')} }`, { first: 5000 }],
  ])('refuses 5,000 clients with their findings as %s, before any SQL', async (_, query, variables) => {
    statements.length = 0;
    const result = await sut.gql(query, variables, { token: firm.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/Query cost 65001 exceeds the limit of 50000/);
    expect(statements).toEqual([]);
  });

  it.each([
    ['a literal', `{ ${WITH_FINDINGS('1000')} }`, {}],
    ['a variable', `query ($first: Int) { ${WITH_FINDINGS('$first')} }`, { first: 1000 }],
  ])('answers 1,000 clients with their findings as %s', async (_, query, variables) => {
    const result = await sut.gql(query, variables, { token: firm.token });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it('refuses a page above the maximum page size on every list', async () => {
    const result = await sut.gql(
      'query ($n: Int) { tasks(first: $n) { totalCount } }',
      { n: 5001 },
      { token: firm.token },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const ok = await sut.gql(
      'query ($n: Int) { tasks(first: $n) { totalCount } }',
      { n: 5000 },
      { token: firm.token },
    );
    expect(ok.errors).toBeUndefined();
  });

  it('answers a syntax error and a query over the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
    const broken = await sut.gql('{', {}, { token: firm.token });
    expect(broken.status).toBe(400);
    expect(broken.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    const long = `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`;
    const tooLong = await sut.gql(long, {}, { token: firm.token });
    expect(tooLong.status).toBe(400);
    expect(tooLong.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(tooLong.errors?.[0]?.message).toMatch(/tokens/i);
  });

  it('answers more than 50 bad variable values with BAD_USER_INPUT only', async () => {
    // One list variable with 60 values that are not a purpose: graphql-js reports 50 and then "too many errors".
    const query = `mutation ($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`;
    const variables = {
      input: {
        clientId: '0190a0a0-0000-7000-8000-000000000000',
        consentTextVersionId: '0190a0a0-0000-7000-8000-000000000000',
        phoneNumber: '+49 151 23456789',
        purposes: Array.from({ length: 60 }, (_, i) => `NOT_A_PURPOSE_${i}`),
      },
    };
    const result = await sut.gql(query, variables, { token: firm.token });
    expect(result.status).toBe(400);
    const codes = new Set(result.errors?.map((error) => error.extensions?.['code']));
    expect([...codes]).toEqual(['BAD_USER_INPUT']);
  });
});
