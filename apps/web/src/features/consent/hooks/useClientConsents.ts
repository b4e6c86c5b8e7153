import { useQuery } from '@apollo/client/react';
import type { ConsentFilter } from '../../../gql/graphql';
import { ClientConsentsQuery } from '../graphql/consents';

/** A client's consent texts, its consent records (filtered, first 100) and its CSV imports. */
export const useClientConsents = (clientId: string, filter: ConsentFilter) => {
  const { data, error, refetch, startPolling, stopPolling } = useQuery(ClientConsentsQuery, {
    variables: { clientId, filter, first: 100 },
  });
  return {
    texts: data?.consentTexts ?? [],
    records: data?.consentRecords.edges.map((edge) => edge.node) ?? [],
    totalCount: data?.consentRecords.totalCount ?? 0,
    runningImport: data?.consentImports.find((i) => i.state === 'RUNNING'),
    error,
    refetch,
    startPolling,
    stopPolling,
  };
};
