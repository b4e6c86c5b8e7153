import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { getFragmentData } from '../../../gql';
import type { PortfolioClientFieldsFragment } from '../../../gql/graphql';
import { PortfolioClientFields } from '../graphql/PortfolioClientFields';
import { PortfolioClientsQuery } from '../graphql/PortfolioClientsQuery';

// Large pages keep a 5,000-client portfolio to a handful of requests; sorting and filtering
// happen in the browser, so the whole list is loaded.
export const PORTFOLIO_PAGE_SIZE = 1000;
export const PORTFOLIO_VARIABLES = { first: PORTFOLIO_PAGE_SIZE } as const;

export type PortfolioClient = PortfolioClientFieldsFragment;

export const usePortfolioClients = () => {
  const { data, error, loading, fetchMore, refetch } = useQuery(PortfolioClientsQuery, {
    variables: PORTFOLIO_VARIABLES,
  });
  const pageInfo = data?.clients.pageInfo;

  useEffect(() => {
    if (loading || !pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        clients: {
          ...fetchMoreResult.clients,
          edges: [...(previous.clients?.edges ?? []), ...fetchMoreResult.clients.edges],
        },
      }),
    });
  }, [fetchMore, loading, pageInfo?.endCursor, pageInfo?.hasNextPage]);

  const clients = useMemo(() => data?.clients.edges.map((edge) => getFragmentData(PortfolioClientFields, edge.node)) ?? [], [data]);
  return {
    clients,
    totalCount: data?.clients.totalCount ?? 0,
    complete: data ? !data.clients.pageInfo.hasNextPage : false,
    loading: loading && !data,
    error,
    refetch,
  };
};
