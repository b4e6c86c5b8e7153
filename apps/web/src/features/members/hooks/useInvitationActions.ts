import { useMutation } from '@apollo/client/react';
import { InvitationsQuery } from '../graphql/InvitationsQuery';
import { ResendInvitationMutation, RevokeInvitationMutation } from '../graphql/MemberMutations';

/** Withdrawing an invitation, and a new link for one (the old link stops working). */
export const useInvitationActions = () => {
  const [revokeMutation, revoking] = useMutation(RevokeInvitationMutation, {
    refetchQueries: [InvitationsQuery],
  });
  const [resendMutation, resending] = useMutation(ResendInvitationMutation, {
    refetchQueries: [InvitationsQuery],
  });
  return {
    revoke: async (id: string): Promise<void> => {
      await revokeMutation({ variables: { id } });
    },
    resend: async (id: string): Promise<string | null> => {
      const { data } = await resendMutation({ variables: { id } });
      return data?.resendInvitation.acceptUrl ?? null;
    },
    busy: revoking.loading || resending.loading,
  };
};
