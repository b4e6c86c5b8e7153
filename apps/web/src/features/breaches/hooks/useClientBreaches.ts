import { useMutation, useQuery } from '@apollo/client/react';
import type {
  BreachDetailsInput,
  BreachRisk,
  ClientBreachesQuery as ClientBreachesResult,
} from '../../../gql/graphql';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import {
  ClientBreachesQuery,
  MarkBreachNotifiedMutation,
  ReportBreachMutation,
  SupervisoryAuthoritiesQuery,
  UpdateBreachMutation,
} from '../graphql/breaches';

export type ClientBreach = ClientBreachesResult['breaches']['edges'][number]['node'];

/** A client's breach register (first 100), newest awareness first. */
export const useClientBreaches = (clientId: string) => {
  const { data, loading, error, refetch } = useQuery(ClientBreachesQuery, {
    variables: { clientId, first: 100 },
  });
  return {
    breaches: data?.breaches.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    error,
    refetch,
  };
};

// Both change the client's compliance level (BREACH-NOT-NOTIFIED), shown in the page header.
const REFETCH = [ClientBreachesQuery, ClientDetailQuery];

export const useReportBreach = (clientId: string) => {
  const [mutate, { loading }] = useMutation(ReportBreachMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const reportBreach = async (input: {
    title: string;
    discoveredAt: string;
    risk: BreachRisk;
    description: string;
  }) => {
    await mutate({ variables: { input: { clientId, ...input } } });
  };
  return { reportBreach, reporting: loading };
};

export const useMarkBreachNotified = () => {
  const [mutate, { loading }] = useMutation(MarkBreachNotifiedMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const markNotified = async (id: string, reference: string, lateReason: string) => {
    await mutate({
      variables: { id, input: { reference: reference || null, lateReason: lateReason || null } },
    });
  };
  return { markNotified, marking: loading };
};

export const useUpdateBreach = () => {
  const [mutate, { loading }] = useMutation(UpdateBreachMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const updateBreach = async (id: string, input: BreachDetailsInput) => {
    await mutate({ variables: { id, input } });
  };
  return { updateBreach, updating: loading };
};

/** The 16 Land authorities and the BfDI, for choosing another than the client's federal state gives. */
export const useSupervisoryAuthorities = () => {
  const { data } = useQuery(SupervisoryAuthoritiesQuery);
  return data?.supervisoryAuthorities ?? [];
};
