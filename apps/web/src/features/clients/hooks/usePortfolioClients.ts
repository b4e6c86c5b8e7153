import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { getFragmentData } from '../../../gql';
import type {
  PortfolioClientFieldsFragment,
  PortfolioClientsQuery as PortfolioClientsResult,
} from '../../../gql/graphql';
import { PortfolioClientFields } from '../graphql/PortfolioClientFields';
import { PortfolioClientsQuery } from '../graphql/PortfolioClientsQuery';

// Large pages keep a 5,000-client portfolio to a handful of requests; sorting and filtering
// happen in the browser, so the whole list is loaded.
export const PORTFOLIO_PAGE_SIZE = 1000;

export type PortfolioClient = PortfolioClientFieldsFragment;

type PortfolioState = {
  clients: readonly PortfolioClient[];
  totalCount: number;
  complete: boolean;
  loading: boolean;
  error: unknown;
};

const INITIAL: PortfolioState = {
  clients: [],
  totalCount: 0,
  complete: false,
  loading: true,
  error: undefined,
};

/**
 * The whole portfolio, page by page. The pages bypass Apollo's normalised cache (`no-cache`): writing and re-reading
 * thousands of client entities there on every page cost seconds of main-thread time for 5,000 clients
 * (bench/web.md). The list is loaded afresh on each visit, and again when the store is reset (switching firms).
 */
export const usePortfolioClients = () => {
  const client = useApolloClient();
  const [state, setState] = useState<PortfolioState>(INITIAL);
  const [generation, setGeneration] = useState(0);

  const refetch = useCallback(() => {
    setState(INITIAL);
    setGeneration((value) => value + 1);
  }, []);

  useEffect(() => {
    const offReset = client.onResetStore(async () => refetch());
    const offClear = client.onClearStore(async () => setState(INITIAL));
    return () => {
      offReset();
      offClear();
    };
  }, [client, refetch]);

  useEffect(() => {
    let cancelled = false;
    const page = async (after: string | null): Promise<PortfolioClientsResult['clients'] | null> => {
      const { data } = await client.query({
        query: PortfolioClientsQuery,
        variables: { first: PORTFOLIO_PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      return data?.clients ?? null;
    };
    const load = async () => {
      let loaded: PortfolioClient[] = [];
      let after: string | null = null;
      try {
        do {
          const result = await page(after);
          if (cancelled) return;
          if (!result) throw new Error('The portfolio page came back without data.');
          loaded = loaded.concat(
            result.edges.map((edge) => getFragmentData(PortfolioClientFields, edge.node)),
          );
          after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
          setState({
            clients: loaded,
            totalCount: result.totalCount,
            complete: after === null,
            loading: false,
            error: undefined,
          });
        } while (after);
      } catch (error) {
        if (!cancelled) setState((previous) => ({ ...previous, loading: false, error }));
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, generation]);

  /** Shows a client created on this page without reloading the list. */
  const add = useCallback((created: PortfolioClient) => {
    setState((previous) => ({
      ...previous,
      clients: [...previous.clients, created],
      totalCount: previous.totalCount + 1,
    }));
  }, []);

  return { ...state, refetch, add };
};
