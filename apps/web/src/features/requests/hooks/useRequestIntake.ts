import { useMutation, useQuery } from '@apollo/client/react';
import type { SubmitDataSubjectRequestInput } from '../../../gql/graphql';
import { toApiError } from '../../../shared/graphql/errors';
import {
  PublicRequestIntakeQuery,
  RequestIntakeSettingsQuery,
  SetRequestIntakeMutation,
  SubmitRequestMutation,
} from '../graphql/intake';

/** The firm's side: is the client's public form on, and its URL. */
export const useRequestIntakeSettings = (clientId: string) => {
  const { data, loading, error } = useQuery(RequestIntakeSettingsQuery, { variables: { clientId } });
  const [mutate, state] = useMutation(SetRequestIntakeMutation);
  return {
    settings: data?.dataSubjectRequestIntake,
    loading: loading && !data,
    error: error ?? state.error,
    busy: state.loading,
    set: (enabled: boolean, newLink = false) =>
      void mutate({ variables: { clientId, enabled, newLink } }).catch(() => undefined),
  };
};

/** The person's side (no session): whom the form goes to, and submitting it. */
export const usePublicRequestIntake = (token: string) => {
  const { data, loading, error } = useQuery(PublicRequestIntakeQuery, {
    variables: { token },
    context: { skipAuthRefresh: true },
    fetchPolicy: 'network-only',
  });
  const [mutate, submission] = useMutation(SubmitRequestMutation, { context: { skipAuthRefresh: true } });
  return {
    form: data?.publicDataSubjectRequestIntake,
    loading,
    error,
    invalidLink: error !== undefined && toApiError(error).code === 'NOT_FOUND',
    submit: async (input: SubmitDataSubjectRequestInput) => {
      await mutate({ variables: { token, input } });
    },
    submitting: submission.loading,
    submitted: submission.data?.submitDataSubjectRequest ?? null,
  };
};
