import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { parse } from 'graphql';
import { tokenStore } from '../shared/auth/token-store';
import { createApolloClient } from './apollo';

// parse(), not a gql tag: codegen collects tagged documents and would validate this fixture.
const ME = parse('query Me { me { id } }');

type Call = { operationName: string; authorization: string | null; preflight: string | null };

const json = (body: unknown): Response =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const unauthenticated = () =>
  json({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });

// A fake /graphql endpoint: `me` succeeds only with the token `fresh`; `refreshToken` answers `refresh()`.
const fakeServer = (refresh: () => Response) => {
  const calls: Call[] = [];
  const fetchMock = jest.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const body = JSON.parse(String(init?.body)) as { operationName: string };
    calls.push({
      operationName: body.operationName,
      authorization: headers.get('authorization'),
      preflight: headers.get('apollo-require-preflight'),
    });
    if (body.operationName === 'RefreshToken') return refresh();
    return headers.get('authorization') === 'Bearer fresh'
      ? json({ data: { me: { __typename: 'Viewer', id: 'u1' } } })
      : unauthenticated();
  });
  return { calls, fetchMock };
};

describe(createApolloClient.name, () => {
  const originalFetch = globalThis.fetch;
  const origin = 'http://localhost';

  beforeEach(() => tokenStore.set('stale'));
  afterEach(() => {
    globalThis.fetch = originalFetch;
    tokenStore.clear();
  });

  const setup = (refresh: () => Response) => {
    const server = fakeServer(refresh);
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      server.fetchMock(new URL(String(input), origin), init);
    const onAuthFailure = jest.fn();
    const sut = createApolloClient({ onAuthFailure });
    return { ...server, onAuthFailure, sut };
  };

  it('refreshes the token once and retries when the api answers UNAUTHENTICATED', async () => {
    const { calls, onAuthFailure, sut } = setup(() =>
      json({ data: { refreshToken: { accessToken: 'fresh' } } }),
    );

    const result = await sut.query({ query: ME });

    expect(result.data).toEqual({ me: { __typename: 'Viewer', id: 'u1' } });
    expect(calls.map((c) => [c.operationName, c.authorization])).toEqual([
      ['Me', 'Bearer stale'],
      ['RefreshToken', null],
      ['Me', 'Bearer fresh'],
    ]);
    expect(calls.every((c) => c.preflight === 'true')).toBe(true);
    expect(tokenStore.get()).toBe('fresh');
    expect(onAuthFailure).not.toHaveBeenCalled();
  });

  it('clears the token and reports the failure when the refresh is rejected', async () => {
    const { onAuthFailure, sut } = setup(unauthenticated);

    await expect(sut.query({ query: ME })).rejects.toThrow('Unauthorized');

    expect(tokenStore.get()).toBeNull();
    expect(onAuthFailure).toHaveBeenCalledTimes(1);
  });

  it('shares one refresh between concurrent rejected operations', async () => {
    const { calls, sut } = setup(() => json({ data: { refreshToken: { accessToken: 'fresh' } } }));

    await Promise.all([
      sut.query({ query: ME, fetchPolicy: 'network-only' }),
      sut.query({ query: ME, fetchPolicy: 'network-only', variables: { n: 2 } }),
    ]);

    expect(calls.filter((c) => c.operationName === 'RefreshToken')).toHaveLength(1);
  });
});
