import { useMutation } from '@apollo/client/react';
import { RevokeApiKeyMutation } from '../graphql/RevokeApiKeyMutation';

/** Revokes a key at once; `revoke` answers whether it worked, the error stays for the dialog to show. */
export const useRevokeApiKey = () => {
  const [mutate, { loading, error, reset }] = useMutation(RevokeApiKeyMutation);
  const revoke = async (id: string): Promise<boolean> => {
    try {
      await mutate({ variables: { id } });
      return true;
    } catch {
      return false;
    }
  };
  return { revoke, revoking: loading, error, reset };
};
