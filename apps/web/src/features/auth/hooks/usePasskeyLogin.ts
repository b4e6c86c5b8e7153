import { useApolloClient, useMutation } from '@apollo/client/react';
import { startAuthentication } from '@simplewebauthn/browser';
import { useCallback } from 'react';
import { PasskeyPromptError, promptPasskey } from '../../../shared/auth/passkey-prompt';
import { tokenStore } from '../../../shared/auth/token-store';
import { type ApiError, toApiError } from '../../../shared/graphql/errors';
import { LoginWithPasskeyMutation, PasskeyLoginOptionsMutation } from '../graphql/PasskeyLoginMutations';

/**
 * Asks the api for a challenge (for this email's passkeys, or any of the site's without one) and the browser for
 * a passkey answering it: the JSON `loginWithPasskey` and `login(passkeyResponse)` take.
 */
export const usePasskeyAssertion = () => {
  // Public and possibly refused: must not trigger a token refresh.
  const [requestOptions] = useMutation(PasskeyLoginOptionsMutation, { context: { skipAuthRefresh: true } });
  return useCallback(
    async (email?: string): Promise<string> => {
      const { data } = await requestOptions({ variables: { input: email ? { email } : null } });
      if (!data) throw new Error('No passkey options');
      return promptPasskey(() => startAuthentication({ optionsJSON: JSON.parse(data.passkeyLoginOptions) }));
    },
    [requestOptions],
  );
};

export type PasskeyLoginResult =
  { ok: true } | { ok: false; reason: 'cancelled' } | { ok: false; reason: 'invalid'; error: ApiError };

/** Signs in with a passkey alone (discoverable: the browser offers the site's passkeys). */
export const usePasskeyLogin = () => {
  const client = useApolloClient();
  const assert = usePasskeyAssertion();
  const [mutate, { loading }] = useMutation(LoginWithPasskeyMutation, { context: { skipAuthRefresh: true } });
  const loginWithPasskey = useCallback(async (): Promise<PasskeyLoginResult> => {
    try {
      const response = await assert();
      const { data } = await mutate({ variables: { response } });
      if (!data) return { ok: false, reason: 'invalid', error: toApiError(new Error('No data')) };
      await client.clearStore();
      tokenStore.set(data.loginWithPasskey.accessToken);
      return { ok: true };
    } catch (error) {
      if (error instanceof PasskeyPromptError) return { ok: false, reason: 'cancelled' };
      return { ok: false, reason: 'invalid', error: toApiError(error) };
    }
  }, [assert, client, mutate]);
  return { loginWithPasskey, loading };
};
