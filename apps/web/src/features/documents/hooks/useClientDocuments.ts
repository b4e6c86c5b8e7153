import { useQuery } from '@apollo/client/react';
import type { ClientDocumentsQuery as ClientDocumentsResult } from '../../../gql/graphql';
import { ClientDocumentsQuery } from '../graphql/documents';

export type ClientDocument = ClientDocumentsResult['documents']['edges'][number]['node'];
export type DocumentVersion = ClientDocument['versions'][number];

/** A client's documents (first 100) with their versions. */
export const useClientDocuments = (clientId: string) => {
  const { data, loading, error, refetch } = useQuery(ClientDocumentsQuery, {
    variables: { clientId, first: 100 },
  });
  return {
    documents: data?.documents.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    error,
    refetch,
  };
};
