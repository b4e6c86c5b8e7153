import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ResetPasswordInput, UpdateNotificationPreferencesInput } from '../../../gql/graphql';
import { tokenStore } from '../../../shared/auth/token-store';
import {
  MarkNotificationsReadMutation,
  NotificationPreferencesQuery,
  NotificationsQuery,
  RequestPasswordResetMutation,
  ResetPasswordMutation,
  UpdateNotificationPreferencesMutation,
} from '../graphql/NotificationOperations';

// The bell asks again every minute: a task assigned meanwhile shows up without a reload.
const POLL_MS = 60_000;

/** The bell: the latest notifications and the unread count; marking read refreshes both. */
export const useNotifications = () => {
  const { data, error, refetch } = useQuery(NotificationsQuery, {
    variables: { first: 20 },
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const [mark] = useMutation(MarkNotificationsReadMutation, { refetchQueries: [NotificationsQuery] });
  return {
    unread: data?.notifications.unreadCount ?? 0,
    items: data?.notifications.edges.map((e) => e.node) ?? [],
    error,
    refetch: () => void refetch(),
    markRead: async (ids: string[] | null): Promise<void> => {
      await mark({ variables: { ids } });
    },
  };
};

export const useNotificationPreferences = () => {
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery);
  const [mutate, { loading: saving }] = useMutation(UpdateNotificationPreferencesMutation, {
    refetchQueries: [NotificationPreferencesQuery],
    awaitRefetchQueries: true,
  });
  return {
    preferences: data?.notificationPreferences ?? null,
    loading,
    error,
    retry: () => void refetch(),
    saving,
    save: async (input: UpdateNotificationPreferencesInput): Promise<void> => {
      await mutate({ variables: { input } });
    },
  };
};

export const useRequestPasswordReset = () => {
  const [mutate, { loading }] = useMutation(RequestPasswordResetMutation);
  return {
    request: async (email: string): Promise<void> => {
      await mutate({ variables: { email } });
    },
    loading,
  };
};

/** Sets the new password and signs in; errors are thrown for the form. */
export const useResetPassword = () => {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(ResetPasswordMutation, { context: { skipAuthRefresh: true } });
  return {
    reset: async (input: ResetPasswordInput): Promise<{ clientId: string | null } | null> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) return null;
      await client.clearStore();
      tokenStore.set(data.resetPassword.accessToken);
      return { clientId: data.resetPassword.clientId ?? null };
    },
    loading,
  };
};
