import { useApolloClient, useMutation } from '@apollo/client/react';
import type { SignUpInput } from '../../../gql/graphql';
import { tokenStore } from '../../../shared/auth/token-store';
import { SignUpMutation } from '../graphql/SignUpMutation';

/** Registers a firm and signs its owner in; answers whether a session began. Errors are thrown for the form. */
export const useSignUp = () => {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignUpMutation, { context: { skipAuthRefresh: true } });
  const signUp = async (input: SignUpInput): Promise<boolean> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return false;
    await client.clearStore();
    tokenStore.set(data.signUp.accessToken);
    return true;
  };
  return { signUp, loading };
};
