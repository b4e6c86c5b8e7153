import { useMutation } from '@apollo/client/react';
import type { InviteMemberInput } from '../../../gql/graphql';
import { InvitationsQuery } from '../graphql/InvitationsQuery';
import { InviteMemberMutation } from '../graphql/InviteMemberMutation';

/** Invites a member; answers the link to accept with (shown once), or null. Errors are thrown for the form. */
export const useInviteMember = () => {
  const [mutate, { loading }] = useMutation(InviteMemberMutation, { refetchQueries: [InvitationsQuery] });
  const invite = async (input: InviteMemberInput): Promise<string | null> => {
    const { data } = await mutate({ variables: { input } });
    return data?.inviteMember.acceptUrl ?? null;
  };
  return { invite, inviting: loading };
};
