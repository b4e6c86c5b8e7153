import type { TestApp } from './test-app';

export type CreatedKey = { id: string; secret: string };

/** Creates an API key as `token` (an OWNER or DPO); scopes are GraphQL enum names such as CLIENTS_READ. */
export const createApiKey = async (
  app: Pick<TestApp, 'gql'>,
  token: string,
  input: { name?: string; scopes: string[]; clientId?: string | null; expiresAt?: string | null },
): Promise<CreatedKey> => {
  const result = await app.gql<{ createApiKey: { apiKey: { id: string }; secret: string } }>(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`,
    { input: { name: 'Integration', ...input } },
    { token },
  );
  if (!result.data || result.errors?.length)
    throw new Error(`createApiKey failed: ${JSON.stringify(result.errors)}`);
  return { id: result.data.createApiKey.apiKey.id, secret: result.data.createApiKey.secret };
};
