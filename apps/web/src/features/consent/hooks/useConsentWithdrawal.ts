import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../shared/graphql/errors';
import { ConsentWithdrawalQuery, WithdrawConsentByTokenMutation } from '../graphql/publicConsent';

/** The public withdrawal page's consents (no session), and withdrawing them with one tap. */
export const useConsentWithdrawal = (token: string) => {
  const { data, loading, error } = useQuery(ConsentWithdrawalQuery, {
    variables: { token },
    context: { skipAuthRefresh: true },
    fetchPolicy: 'network-only',
  });
  const [withdraw, result] = useMutation(WithdrawConsentByTokenMutation, {
    context: { skipAuthRefresh: true },
  });
  return {
    withdrawal: data?.consentWithdrawal,
    loading,
    error,
    invalidLink: error !== undefined && toApiError(error).code === 'NOT_FOUND',
    // A failure shows as withdrawError.
    withdraw: () => void withdraw({ variables: { token } }).catch(() => undefined),
    withdrawing: result.loading,
    withdrawError: result.error,
    withdrawn: result.data !== undefined,
  };
};
