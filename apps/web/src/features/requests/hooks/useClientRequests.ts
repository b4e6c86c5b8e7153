import { useMutation, useQuery } from '@apollo/client/react';
import type {
  ClientRequestsQuery as ClientRequestsResult,
  CreateDataSubjectRequestInput,
} from '../../../gql/graphql';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import { ClientRequestsQuery, CreateRequestMutation } from '../graphql/requests';

export type ClientRequest = ClientRequestsResult['dataSubjectRequests']['edges'][number]['node'];

/** A client's data subject requests (first 100), soonest due first. */
export const useClientRequests = (clientId: string) => {
  const { data, loading, error, refetch } = useQuery(ClientRequestsQuery, {
    variables: { clientId, first: 100 },
  });
  return {
    requests: data?.dataSubjectRequests.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    error,
    refetch,
  };
};

export const useCreateRequest = () => {
  const [mutate, { loading }] = useMutation(CreateRequestMutation, {
    refetchQueries: [ClientRequestsQuery, ClientDetailQuery],
    awaitRefetchQueries: true,
  });
  const createRequest = async (input: CreateDataSubjectRequestInput) => {
    await mutate({ variables: { input } });
  };
  return { createRequest, creating: loading };
};
