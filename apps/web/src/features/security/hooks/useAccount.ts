import { useMutation, useQuery } from '@apollo/client/react';
import {
  ChangePasswordMutation,
  RevokeOtherSessionsMutation,
  RevokeSessionMutation,
  SessionsQuery,
} from '../graphql/AccountOperations';

/** The signed-in person's sessions, and ending them. */
export const useSessions = () => {
  const { data, loading, error, refetch } = useQuery(SessionsQuery);
  const [revokeOne, one] = useMutation(RevokeSessionMutation, { refetchQueries: [SessionsQuery] });
  const [revokeOthers, others] = useMutation(RevokeOtherSessionsMutation, {
    refetchQueries: [SessionsQuery],
  });
  return {
    sessions: data?.sessions,
    loading,
    error,
    retry: () => void refetch(),
    revoke: async (id: string): Promise<void> => {
      await revokeOne({ variables: { id } });
    },
    revokeOthers: async (): Promise<number> => (await revokeOthers()).data?.revokeOtherSessions ?? 0,
    busy: one.loading || others.loading,
  };
};

/** Changes the password; answers how many other sessions ended. Errors are thrown for the form. */
export const useChangePassword = () => {
  const [mutate, { loading }] = useMutation(ChangePasswordMutation, { refetchQueries: [SessionsQuery] });
  return {
    change: async (currentPassword: string, newPassword: string): Promise<number> =>
      (await mutate({ variables: { input: { currentPassword, newPassword } } })).data?.changePassword ?? 0,
    changing: loading,
  };
};
