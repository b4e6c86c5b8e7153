import { useApolloClient, useMutation } from '@apollo/client/react';
import type { AcceptInvitationInput } from '../../../gql/graphql';
import { tokenStore } from '../../../shared/auth/token-store';
import { AcceptInvitationMutation } from '../graphql/AcceptInvitationMutation';

export type AcceptedInvitation = { clientId: string | null };

/** Joins the inviting firm and signs in; answers the client a client user belongs to. Errors are thrown for the form. */
export const useAcceptInvitation = () => {
  const client = useApolloClient();
  // A wrong password for an existing account answers UNAUTHENTICATED; that must not trigger a token refresh.
  const [mutate, { loading }] = useMutation(AcceptInvitationMutation, { context: { skipAuthRefresh: true } });
  const accept = async (input: AcceptInvitationInput): Promise<AcceptedInvitation | null> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return null;
    await client.clearStore();
    tokenStore.set(data.acceptInvitation.accessToken);
    return { clientId: data.acceptInvitation.clientId };
  };
  return { accept, loading };
};
