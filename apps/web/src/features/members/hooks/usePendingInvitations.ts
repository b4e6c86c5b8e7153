import { useQuery } from '@apollo/client/react';
import { InvitationsQuery } from '../graphql/InvitationsQuery';

/** Invitations neither accepted nor withdrawn; undefined until loaded. */
export const usePendingInvitations = () => {
  const { data, error, refetch } = useQuery(InvitationsQuery);
  return {
    pending: data
      ? data.invitations.filter((invitation) => !invitation.acceptedAt && !invitation.revokedAt)
      : undefined,
    error,
    retry: () => void refetch(),
  };
};
