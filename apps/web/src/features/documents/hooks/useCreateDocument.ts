import { useMutation } from '@apollo/client/react';
import type { DocumentType } from '../../../gql/graphql';
import { CreateDocumentMutation } from '../graphql/documents';

/** Creates an empty document (versions are uploaded to it). Errors are thrown for the form. */
export const useCreateDocument = (clientId: string) => {
  const [mutate, { loading }] = useMutation(CreateDocumentMutation);
  const createDocument = async (type: DocumentType, title: string): Promise<void> => {
    await mutate({ variables: { input: { clientId, type, title } } });
  };
  return { createDocument, creating: loading };
};
