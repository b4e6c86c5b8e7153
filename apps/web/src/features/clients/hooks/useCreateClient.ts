import { useMutation } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { CreateClientMutation } from '../graphql/CreateClientMutation';
import { PortfolioClientFields } from '../graphql/PortfolioClientFields';
import type { PortfolioClient } from './usePortfolioClients';

/** Creates a client; answers it as a row of the client list, or null. Errors are thrown for the form. */
export const useCreateClient = () => {
  // The client list is not in Apollo's cache: the page appends the created client itself.
  const [mutate, { loading }] = useMutation(CreateClientMutation);
  const createClient = async (name: string): Promise<PortfolioClient | null> => {
    const { data } = await mutate({ variables: { input: { name } } });
    return data ? getFragmentData(PortfolioClientFields, data.createClient) : null;
  };
  return { createClient, creating: loading };
};
