import { tokenStore } from './token-store';

// Plain fetch, not Apollo: the refresh must not pass through the link that triggers it.
const REFRESH_MUTATION = 'mutation RefreshToken { refreshToken { accessToken } }';

type RefreshResponse = {
  data?: { refreshToken?: { accessToken?: unknown } | null } | null;
};

let inFlight: Promise<string | null> | null = null;

const requestNewToken = async (endpoint: string): Promise<string | null> => {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ operationName: 'RefreshToken', query: REFRESH_MUTATION }),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as RefreshResponse;
    const token = body.data?.refreshToken?.accessToken;
    return typeof token === 'string' && token.length > 0 ? token : null;
  } catch {
    return null;
  }
};

// Concurrent 401s share one refresh: the refresh token rotates, so a second parallel
// request with the old cookie would be rejected (and may revoke the session).
export const refreshAccessToken = (endpoint = '/graphql'): Promise<string | null> => {
  inFlight ??= requestNewToken(endpoint)
    .then((token) => {
      tokenStore.set(token);
      return token;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
};
