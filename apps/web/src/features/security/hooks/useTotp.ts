import { useApolloClient, useMutation } from '@apollo/client/react';
import { refreshAccessToken } from '../../../shared/auth/refresh-access-token';
import { MeQuery } from '../../../shared/session/MeQuery';
import { ConfirmTotpMutation } from '../graphql/ConfirmTotpMutation';
import { DisableTotpMutation } from '../graphql/DisableTotpMutation';
import { EnableTotpMutation } from '../graphql/EnableTotpMutation';

export type TotpSetup = { otpauthUrl: string; secret: string };

/**
 * Two-factor sign-in for the signed-in user: start the setup (a new secret), confirm it with a first code,
 * or switch it off with a current code. Errors are thrown for the form; the session is reloaded after a change.
 */
export const useTotp = () => {
  const [enable, enableState] = useMutation(EnableTotpMutation);
  const client = useApolloClient();
  const [confirm, confirmState] = useMutation(ConfirmTotpMutation);
  const [disable, disableState] = useMutation(DisableTotpMutation, { refetchQueries: [MeQuery] });
  return {
    startSetup: async (): Promise<TotpSetup | null> => (await enable()).data?.enableTotp ?? null,
    // A new access token afterwards: one issued before the setup may still carry the firm's setup requirement.
    confirmSetup: async (code: string): Promise<void> => {
      await confirm({ variables: { input: { code } } });
      await refreshAccessToken();
      await client.refetchQueries({ include: [MeQuery] });
    },
    switchOff: async (code: string): Promise<void> => {
      await disable({ variables: { input: { code } } });
    },
    starting: enableState.loading,
    confirming: confirmState.loading,
    switchingOff: disableState.loading,
  };
};
