import { useMutation } from '@apollo/client/react';
import type { MemberRole } from '../../../gql/graphql';
import {
  ChangeMemberRoleMutation,
  RemoveMemberMutation,
  ResetMemberSecondFactorMutation,
} from '../graphql/MemberMutations';
import { MembersQuery } from '../graphql/MembersQuery';

/** Removing a member and changing a role; errors are thrown for the caller to show. */
export const useMemberActions = () => {
  const [removeMutation, removing] = useMutation(RemoveMemberMutation, { refetchQueries: [MembersQuery] });
  const [changeMutation, changing] = useMutation(ChangeMemberRoleMutation, {
    refetchQueries: [MembersQuery],
  });
  const [resetMutation, resetting] = useMutation(ResetMemberSecondFactorMutation, {
    refetchQueries: [MembersQuery],
  });
  return {
    resetSecondFactor: async (id: string): Promise<void> => {
      await resetMutation({ variables: { id } });
    },
    remove: async (id: string): Promise<void> => {
      await removeMutation({ variables: { id } });
    },
    changeRole: async (id: string, role: MemberRole, clientId: string | null): Promise<void> => {
      await changeMutation({ variables: { id, role, clientId } });
    },
    busy: removing.loading || changing.loading || resetting.loading,
  };
};
