import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { toApiError } from '../../../shared/graphql/errors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { ConsentWithdrawalQuery, WithdrawConsentByTokenMutation } from '../graphql/publicConsent';

// Withdrawing must be as easy as consenting (Art. 7(3) GDPR): one tap, no login.
export const ConsentWithdrawPage = () => {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(ConsentWithdrawalQuery, {
    variables: { token },
    context: { skipAuthRefresh: true },
    fetchPolicy: 'network-only',
  });
  const [withdraw, result] = useMutation(WithdrawConsentByTokenMutation, {
    context: { skipAuthRefresh: true },
  });

  if (loading) {
    return (
      <PublicPageLayout title={t('consent.withdraw.title')}>
        <Group justify="center">
          <Loader aria-label={t('app.loading')} />
        </Group>
      </PublicPageLayout>
    );
  }
  if (error || !data) {
    return (
      <PublicPageLayout title={t('consent.withdraw.title')}>
        {error && toApiError(error).code === 'NOT_FOUND' ? (
          <Alert color="red" role="alert" title={t('consent.public.invalidTitle')}>
            {t('consent.public.invalid')}
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
      </PublicPageLayout>
    );
  }
  const { businessName, active } = data.consentWithdrawal;
  const done = result.data !== undefined || active.length === 0;
  return (
    <PublicPageLayout
      title={t('consent.withdraw.title')}
      subtitle={t('consent.withdraw.intro', { business: businessName })}
    >
      {done ? (
        <Alert color="green" role="status" title={t('consent.withdraw.doneTitle')}>
          {t('consent.withdraw.done', { business: businessName })}
        </Alert>
      ) : (
        <>
          <Text>
            {t('consent.withdraw.active', {
              purposes: active.map((p) => t(`consent.purpose.${p}`)).join(', '),
            })}
          </Text>
          {result.error ? <ErrorAlert error={result.error} /> : null}
          <Button
            size="lg"
            color="red"
            fullWidth
            loading={result.loading}
            onClick={() => void withdraw({ variables: { token } }).catch(() => undefined)}
          >
            {t('consent.withdraw.submit')}
          </Button>
        </>
      )}
    </PublicPageLayout>
  );
};
