import { useMutation } from '@apollo/client/react';
import type { RequestConsentInput } from '../../../gql/graphql';
import { RequestConsentMutation } from '../graphql/consents';

/** Starts a double opt-in; answers the confirmation link (shown once), or null. Errors are thrown for the form. */
export const useRequestConsent = (clientId: string) => {
  const [mutate, { loading }] = useMutation(RequestConsentMutation);
  const requestConsent = async (input: Omit<RequestConsentInput, 'clientId'>): Promise<string | null> => {
    const { data } = await mutate({ variables: { input: { clientId, ...input } } });
    return data?.requestConsent.confirmationUrl ?? null;
  };
  return { requestConsent, requesting: loading };
};
