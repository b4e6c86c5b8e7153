import { useMutation } from '@apollo/client/react';
import type { PublishConsentTextInput } from '../../../gql/graphql';
import { PublishConsentTextMutation } from '../graphql/consents';

/** Publishes a new version of a client's consent text. Errors are thrown for the form. */
export const usePublishConsentText = (clientId: string) => {
  const [mutate, { loading }] = useMutation(PublishConsentTextMutation);
  const publish = async (input: Omit<PublishConsentTextInput, 'clientId'>): Promise<void> => {
    await mutate({ variables: { input: { clientId, ...input } } });
  };
  return { publish, publishing: loading };
};
