import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { tokenStore } from '../auth/token-store';
import { LogoutMutation } from './LogoutMutation';
import { SwitchTenantMutation } from './SwitchTenantMutation';

export const useSessionActions = () => {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logoutMutation, { loading: loggingOut }] = useMutation(LogoutMutation, {
    context: { skipAuthRefresh: true },
  });
  const [switchMutation, { loading: switching, error: switchError }] = useMutation(SwitchTenantMutation);

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } catch {
      // The server session may already be gone; signing out locally is what matters.
    }
    tokenStore.clear();
    await client.clearStore();
    await navigate('/login', { replace: true });
  }, [client, logoutMutation, navigate]);

  const switchTenant = useCallback(
    async (tenantId: string) => {
      const { data } = await switchMutation({ variables: { tenantId } });
      if (!data) return;
      tokenStore.set(data.switchTenant.accessToken);
      await navigate('/', { replace: true });
      // Everything cached belongs to the previous firm; refetch what is on screen.
      await client.resetStore();
    },
    [client, navigate, switchMutation],
  );

  return { logout, loggingOut, switchTenant, switching, switchError };
};
