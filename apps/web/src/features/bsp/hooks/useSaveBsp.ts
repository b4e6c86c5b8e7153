import { useMutation } from '@apollo/client/react';
import type { CreateBspInput } from '../../../gql/graphql';
import { BspsQuery } from '../graphql/BspsQuery';
import { CreateBspMutation } from '../graphql/CreateBspMutation';
import { UpdateBspMutation } from '../graphql/UpdateBspMutation';

/** Adds a provider to the catalogue, or changes one (given its id). Errors are thrown for the form. */
export const useSaveBsp = () => {
  const [createBsp, creation] = useMutation(CreateBspMutation, { refetchQueries: [BspsQuery] });
  const [updateBsp, update] = useMutation(UpdateBspMutation, { refetchQueries: [BspsQuery] });
  const saveBsp = async (id: string | null, input: CreateBspInput): Promise<void> => {
    if (id) await updateBsp({ variables: { id, input } });
    else await createBsp({ variables: { input } });
  };
  return { saveBsp, saving: creation.loading || update.loading };
};
