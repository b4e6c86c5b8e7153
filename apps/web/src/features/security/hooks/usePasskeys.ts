import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { startRegistration } from '@simplewebauthn/browser';
import { promptPasskey } from '../../../shared/auth/passkey-prompt';
import { refreshAccessToken } from '../../../shared/auth/refresh-access-token';
import { MeQuery } from '../../../shared/session/MeQuery';
import {
  PasskeyRegistrationOptionsMutation,
  PasskeysQuery,
  RegisterPasskeyMutation,
  RemovePasskeyMutation,
} from '../graphql/PasskeyOperations';

/**
 * The signed-in person's passkeys: add one (the api's options, the browser's prompt, the answer stored), list,
 * remove. Errors are thrown for the form; a dismissed prompt throws PasskeyPromptError.
 */
export const usePasskeys = () => {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(PasskeysQuery);
  const [requestOptions, options] = useMutation(PasskeyRegistrationOptionsMutation);
  const [register, registering] = useMutation(RegisterPasskeyMutation, { refetchQueries: [PasskeysQuery] });
  const [remove, removing] = useMutation(RemovePasskeyMutation, { refetchQueries: [PasskeysQuery] });
  return {
    passkeys: data?.passkeys,
    loading,
    error,
    retry: () => void refetch(),
    add: async (name: string): Promise<void> => {
      const { data: created } = await requestOptions();
      if (!created) throw new Error('No passkey options');
      const response = await promptPasskey(() =>
        startRegistration({ optionsJSON: JSON.parse(created.passkeyRegistrationOptions) }),
      );
      await register({ variables: { input: { response, name } } });
      // A new access token: one issued before may still carry the firm's two-factor setup requirement.
      await refreshAccessToken();
      await client.refetchQueries({ include: [MeQuery] });
    },
    remove: async (id: string): Promise<void> => {
      await remove({ variables: { id } });
    },
    busy: options.loading || registering.loading || removing.loading,
  };
};
