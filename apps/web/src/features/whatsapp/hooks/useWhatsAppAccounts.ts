import { useMutation, useQuery } from '@apollo/client/react';
import type {
  ClientAccountsQuery as ClientAccountsResult,
  UpdateWhatsAppAccountInput,
} from '../../../gql/graphql';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import { ClientAccountsQuery, CreateAccountMutation, UpdateAccountMutation } from '../graphql/accounts';
import { AccountAttestationsQuery } from '../graphql/attestations';

export type WhatsAppAccount = NonNullable<ClientAccountsResult['client']>['whatsAppAccounts'][number];

/**
 * A client's WhatsApp accounts with their answers and rule results; adding one and saving one's answers.
 * The actions resolve once the accounts and the client's level are reloaded, and reject when saving failed.
 */
export const useWhatsAppAccounts = (clientId: string) => {
  const { data, loading, error, refetch } = useQuery(ClientAccountsQuery, { variables: { id: clientId } });
  // Answers change the client's findings and level, shown in the page header and the overview.
  const refresh = {
    refetchQueries: [
      { query: ClientDetailQuery, variables: { id: clientId } },
      { query: AccountAttestationsQuery, variables: { id: clientId } },
    ],
    awaitRefetchQueries: true,
  };
  const [create, creating] = useMutation(CreateAccountMutation, refresh);
  const [update, updating] = useMutation(UpdateAccountMutation, refresh);
  return {
    accounts: data?.client?.whatsAppAccounts ?? [],
    loading: loading && !data,
    error,
    retry: () => void refetch(),
    createAccount: (label: string) =>
      create({ variables: { input: { clientId, label, variant: 'PRIVATE_APP' } } }).then(() => refetch()),
    creating: creating.loading,
    createError: creating.error,
    updateAccount: (id: string, input: UpdateWhatsAppAccountInput) =>
      update({ variables: { id, input } }).then(() => refetch()),
    updating: updating.loading,
    updateError: updating.error,
  };
};
