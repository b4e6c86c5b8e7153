import { useQuery } from '@apollo/client/react';
import type { ApiKeysQuery as ApiKeysResult } from '../../../gql/graphql';
import { ApiKeysQuery } from '../graphql/ApiKeysQuery';

export type ApiKey = ApiKeysResult['apiKeys'][number];

/** The firm's API keys, revoked and expired ones included. */
export const useApiKeys = () => {
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery);
  return { apiKeys: data?.apiKeys, loading, error, retry: () => void refetch() };
};
