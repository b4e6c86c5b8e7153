import { useQuery } from '@apollo/client/react';
import { InvitationsQuery } from '../graphql/InvitationsQuery';

/** Invitations not accepted yet; undefined until loaded. */
export const usePendingInvitations = () => {
  const { data, error, refetch } = useQuery(InvitationsQuery);
  return {
    pending: data ? data.invitations.filter((invitation) => !invitation.acceptedAt) : undefined,
    error,
    retry: () => void refetch(),
  };
};
