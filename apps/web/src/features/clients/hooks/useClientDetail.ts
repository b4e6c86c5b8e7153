import { useQuery } from '@apollo/client/react';
import { toApiError } from '../../../shared/graphql/errors';
import { ClientDetailQuery } from '../graphql/ClientDetailQuery';

/** One client with its compliance state; `notFound` when it does not exist or is not the viewer's. */
export const useClientDetail = (clientId: string) => {
  const { data, loading, error, refetch } = useQuery(ClientDetailQuery, { variables: { id: clientId } });
  const notFound = error !== undefined && toApiError(error).code === 'NOT_FOUND';
  return {
    client: data?.client ?? null,
    loading: loading && !data,
    error: notFound ? undefined : error,
    retry: () => void refetch(),
  };
};
