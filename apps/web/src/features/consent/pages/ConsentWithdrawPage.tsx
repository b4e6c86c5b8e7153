import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { useConsentWithdrawal } from '../hooks/useConsentWithdrawal';

// Withdrawing must be as easy as consenting (Art. 7(3) GDPR): one tap, no login.
export const ConsentWithdrawPage = () => {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { withdrawal, loading, error, invalidLink, withdraw, withdrawing, withdrawError, withdrawn } =
    useConsentWithdrawal(token);

  if (loading) {
    return (
      <PublicPageLayout title={t('consent.withdraw.title')}>
        <Group justify="center">
          <Loader aria-label={t('app.loading')} />
        </Group>
      </PublicPageLayout>
    );
  }
  if (error || !withdrawal) {
    return (
      <PublicPageLayout title={t('consent.withdraw.title')}>
        {invalidLink ? (
          <Alert color="red" role="alert" title={t('consent.public.invalidTitle')}>
            {t('consent.public.invalid')}
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
      </PublicPageLayout>
    );
  }
  const { businessName, active } = withdrawal;
  const done = withdrawn || active.length === 0;
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
          {withdrawError ? <ErrorAlert error={withdrawError} /> : null}
          <Button size="lg" color="red" fullWidth loading={withdrawing} onClick={withdraw}>
            {t('consent.withdraw.submit')}
          </Button>
        </>
      )}
    </PublicPageLayout>
  );
};
