import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../shared/graphql/errors';
import { ConfirmConsentMutation, ConsentConfirmationQuery } from '../graphql/publicConsent';

/** The public double opt-in page's request (no session), and confirming it with one tap. */
export const useConsentConfirmation = (token: string) => {
  const { data, loading, error } = useQuery(ConsentConfirmationQuery, {
    variables: { token },
    context: { skipAuthRefresh: true },
    fetchPolicy: 'network-only',
  });
  const [confirm, confirmation] = useMutation(ConfirmConsentMutation, { context: { skipAuthRefresh: true } });
  return {
    request: data?.consentConfirmation,
    loading,
    error,
    invalidLink: error !== undefined && toApiError(error).code === 'NOT_FOUND',
    // A failure shows as confirmError.
    confirm: () => void confirm({ variables: { token } }).catch(() => undefined),
    confirming: confirmation.loading,
    confirmError: confirmation.error,
    confirmedAt: confirmation.data?.confirmConsent.confirmedAt ?? null,
  };
};
