import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ClientOptionsQuery } from '../graphql/ClientOptionsQuery';

export type ClientOption = { id: string; name: string };

/** The firm's clients as choices (id and name), and their names by id. */
export const useClientOptions = () => {
  // One page of up to 1,000 clients; invitations for larger portfolios need a server-side search.
  const { data, error, refetch } = useQuery(ClientOptionsQuery, { variables: { first: 1000 } });
  const clients = useMemo<readonly ClientOption[]>(
    () => data?.clients.edges.map((edge) => edge.node) ?? [],
    [data],
  );
  const clientNames = useMemo(() => new Map(clients.map((client) => [client.id, client.name])), [clients]);
  return { clients, clientNames, error, retry: () => void refetch() };
};
