import { useMutation } from '@apollo/client/react';
import type { CreateApiKeyInput } from '../../../gql/graphql';
import { ApiKeysQuery } from '../graphql/ApiKeysQuery';
import { CreateApiKeyMutation } from '../graphql/CreateApiKeyMutation';

export type CreatedApiKey = { name: string; secret: string };

/** Creates a key; answers its name and secret (shown once), or null. Errors are thrown for the form. */
export const useCreateApiKey = () => {
  const [mutate, { loading }] = useMutation(CreateApiKeyMutation, { refetchQueries: [ApiKeysQuery] });
  const createApiKey = async (input: CreateApiKeyInput): Promise<CreatedApiKey | null> => {
    const { data } = await mutate({ variables: { input } });
    return data ? { name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret } : null;
  };
  return { createApiKey, creating: loading };
};
