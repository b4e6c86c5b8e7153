import { startTestApp, type TestApp } from '../support/test-app';

describe('Foundation over HTTP', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('reports a healthy database on GET /health', async () => {
    const response = await fetch(`${sut.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers a GraphQL query with the Query type name', async () => {
    const result = await sut.gql('{ __typename }');
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ __typename: 'Query' });
  });

  it('returns a request id header, taking a sane incoming one', async () => {
    const response = await fetch(`${sut.url}/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    const generated = await fetch(`${sut.url}/health`, { headers: { 'x-request-id': 'not valid!' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a GET query without the CSRF preflight header', async () => {
    const response = await fetch(`${sut.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('answers unknown REST routes with a NOT_FOUND error body', async () => {
    const response = await fetch(`${sut.url}/api/does-not-exist`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
