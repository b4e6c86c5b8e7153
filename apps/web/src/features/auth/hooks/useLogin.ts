import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { tokenStore } from '../../../shared/auth/token-store';
import { type ApiError, toApiError } from '../../../shared/graphql/errors';
import { LoginMutation } from '../graphql/LoginMutation';

export type LoginCredentials = {
  email: string;
  password: string;
  totpCode?: string;
  // The answer of a passkey (usePasskeyAssertion), in place of a TOTP code.
  passkeyResponse?: string;
};

export type LoginResult =
  | { ok: true }
  // The password was right; the account asks for its second factor: a TOTP code and/or a passkey.
  | { ok: false; reason: 'second-factor'; totp: boolean; passkey: boolean }
  | { ok: false; reason: 'invalid'; error: ApiError };

export type UseLogin = {
  login: (credentials: LoginCredentials) => Promise<LoginResult>;
  loading: boolean;
};

export const useLogin = (): UseLogin => {
  const client = useApolloClient();
  // A wrong password answers UNAUTHENTICATED; that must not trigger a token refresh.
  const [mutate, { loading }] = useMutation(LoginMutation, { context: { skipAuthRefresh: true } });

  const login = useCallback(
    async ({ email, password, totpCode, passkeyResponse }: LoginCredentials): Promise<LoginResult> => {
      try {
        const { data } = await mutate({
          variables: {
            input: { email, password, totpCode: totpCode || null, passkeyResponse: passkeyResponse || null },
          },
        });
        if (!data) return { ok: false, reason: 'invalid', error: toApiError(new Error('No data')) };
        await client.clearStore();
        tokenStore.set(data.login.accessToken);
        return { ok: true };
      } catch (error) {
        const apiError = toApiError(error);
        const totp = apiError.fields['totpCode'] === 'required';
        const passkey = apiError.fields['passkeyResponse'] === 'required';
        if (apiError.code === 'UNAUTHENTICATED' && (totp || passkey))
          return { ok: false, reason: 'second-factor', totp, passkey };
        return { ok: false, reason: 'invalid', error: apiError };
      }
    },
    [client, mutate],
  );

  return { login, loading };
};
