import { useMutation } from '@apollo/client/react';
import { ApproveDocumentMutation } from '../graphql/documents';

/** Approves the version in review, then reloads the documents; a failure shows as `error`. */
export const useApproveDocument = (onApproved: () => Promise<unknown>) => {
  const [mutate, { loading, error }] = useMutation(ApproveDocumentMutation);
  const approve = (id: string): void =>
    void mutate({ variables: { id } })
      .then(onApproved)
      .catch(() => undefined);
  return { approve, approving: loading, error };
};
