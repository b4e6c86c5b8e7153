import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLanguageFormat } from '../../../shared/format/useFormat';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { useConsentConfirmation } from '../hooks/useConsentConfirmation';

// Public, mobile-first: the person sees the business, the exact text, and confirms with one tap.
export const ConsentConfirmPage = () => {
  const { t } = useTranslation();
  const format = useLanguageFormat();
  const { token = '' } = useParams();
  const { request, loading, error, invalidLink, confirm, confirming, confirmError, confirmedAt } =
    useConsentConfirmation(token);

  if (loading) {
    return (
      <PublicPageLayout title={t('consent.public.title')}>
        <Group justify="center">
          <Loader aria-label={t('app.loading')} />
        </Group>
      </PublicPageLayout>
    );
  }
  if (error || !request) {
    return (
      <PublicPageLayout title={t('consent.public.title')}>
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

  return (
    <PublicPageLayout
      title={t('consent.public.title')}
      subtitle={t('consent.public.intro', { business: request.businessName })}
    >
      <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
        <Stack gap="xs">
          {request.title ? (
            <Text fw={700} component="h2" m={0} fz="lg">
              {request.title}
            </Text>
          ) : null}
          <Text style={{ whiteSpace: 'pre-wrap' }} lang={request.language}>
            {request.text}
          </Text>
        </Stack>
      </Paper>
      <Group gap="xs" aria-label={t('consent.public.purposes')}>
        {request.purposes.map((purpose) => (
          <Badge key={purpose} variant="light">
            {t(`consent.purpose.${purpose}`)}
          </Badge>
        ))}
      </Group>
      {request.maskedPhoneNumber ? (
        <Text size="sm">{t('consent.public.phone', { phone: request.maskedPhoneNumber })}</Text>
      ) : null}
      {confirmedAt ? (
        <Alert color="green" role="status" title={t('consent.public.confirmedTitle')}>
          {t('consent.public.confirmed', {
            business: request.businessName,
            at: format.longDateTime(confirmedAt),
          })}
        </Alert>
      ) : request.state === 'CONFIRMED' ? (
        <Alert color="green" role="status" title={t('consent.public.confirmedTitle')}>
          {t('consent.public.alreadyConfirmed')}
        </Alert>
      ) : request.state === 'EXPIRED' ? (
        <Alert color="orange" role="alert" title={t('consent.public.expiredTitle')}>
          {t('consent.public.expired', { business: request.businessName })}
        </Alert>
      ) : (
        <>
          {confirmError ? <ErrorAlert error={confirmError} /> : null}
          <Button size="lg" fullWidth loading={confirming} onClick={confirm}>
            {t('consent.public.confirm')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('consent.public.hint', { until: format.longDateTime(request.expiresAt) })}
          </Text>
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('consent.public.fingerprint', { hash: request.textSha256.slice(0, 16) })}
      </Text>
    </PublicPageLayout>
  );
};
