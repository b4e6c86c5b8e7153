import { useMutation } from '@apollo/client/react';
import { MeQuery } from '../../../shared/session/MeQuery';
import { GenerateRecoveryCodesMutation, SetRequireTwoFactorMutation } from '../graphql/RecoveryAndPolicy';

/** Ten new recovery codes (shown once); errors are thrown for the form. */
export const useRecoveryCodes = () => {
  const [mutate, { loading }] = useMutation(GenerateRecoveryCodesMutation);
  return {
    generate: async (code: string): Promise<string[]> =>
      (await mutate({ variables: { input: { code } } })).data?.generateRecoveryCodes ?? [],
    generating: loading,
  };
};

/** The firm's two-factor policy (owners). */
export const useTwoFactorPolicy = () => {
  const [mutate, { loading }] = useMutation(SetRequireTwoFactorMutation, { refetchQueries: [MeQuery] });
  return {
    setRequired: async (required: boolean): Promise<void> => {
      await mutate({ variables: { required } });
    },
    saving: loading,
  };
};
