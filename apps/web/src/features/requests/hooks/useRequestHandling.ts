import { useApolloClient, useMutation } from '@apollo/client/react';
import type {
  DataSubjectRequestAction,
  DataSubjectRequestOutcome,
  IdentityCheckStatus,
} from '../../../gql/graphql';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import {
  ClientRequestsQuery,
  CloseRequestMutation,
  ExtendRequestMutation,
  RunRequestActionMutation,
  SetRequestIdentityMutation,
} from '../graphql/requests';

// Each step can change the request's deadline or status and the client's level (DSR-OVERDUE).
const options = { refetchQueries: [ClientRequestsQuery, ClientDetailQuery], awaitRefetchQueries: true };

/** The DPO's steps on one request; errors are thrown for the dialog to show. */
export const useRequestHandling = (id: string) => {
  const [identity, identityState] = useMutation(SetRequestIdentityMutation, options);
  const [run, runState] = useMutation(RunRequestActionMutation, options);
  const [extend, extendState] = useMutation(ExtendRequestMutation, options);
  const [close, closeState] = useMutation(CloseRequestMutation, options);
  const apollo = useApolloClient();
  return {
    /** After a REST step (the PDF export, recorded on the request): the list again. */
    refetch: () => apollo.refetchQueries({ include: [ClientRequestsQuery] }),
    busy: identityState.loading || runState.loading || extendState.loading || closeState.loading,
    setIdentity: async (status: IdentityCheckStatus) => {
      await identity({ variables: { id, status } });
    },
    runAction: async (action: DataSubjectRequestAction) =>
      (await run({ variables: { id, action } })).data?.runDataSubjectRequestAction ?? null,
    extend: async (months: number, reason: string) => {
      await extend({ variables: { id, input: { months, reason } } });
    },
    close: async (outcome: DataSubjectRequestOutcome, note: string) => {
      await close({ variables: { id, input: { outcome, note: note || null } } });
    },
  };
};
