import { useQuery } from '@apollo/client/react';
import { AuditEventsQuery } from '../graphql/audit';

const PAGE = 50;

/** The firm's audit events, newest first, a page at a time; `action` filters by an action prefix. */
export const useAuditEvents = (action: string) => {
  const filter = action ? { action } : null;
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditEventsQuery, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.auditEvents.pageInfo;
  return {
    events: data?.auditEvents.edges.map((edge) => edge.node),
    totalCount: data?.auditEvents.totalCount ?? 0,
    hasMore: pageInfo?.hasNextPage ?? false,
    loadMore: () => void fetchMore({ variables: { after: pageInfo?.endCursor } }),
    loading,
    error,
    retry: () => void refetch(),
  };
};
