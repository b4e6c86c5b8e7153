import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { EMAIL_PATTERN } from '../../auth/validation';
import { useRequestPasswordReset } from '../hooks/useNotifications';

/** Forgot password: asks for a reset link by mail. The answer is the same whether the address has an account. */
export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  const { request, loading } = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState<
    'auth.validation.emailRequired' | 'auth.validation.emailInvalid' | null
  >(null);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = email.trim();
    if (!value) return setInvalid('auth.validation.emailRequired');
    if (!EMAIL_PATTERN.test(value)) return setInvalid('auth.validation.emailInvalid');
    setInvalid(null);
    try {
      await request(value);
      setError(null);
      setSent(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <PublicPageLayout title={t('auth.forgot.title')} subtitle={t('auth.forgot.intro')}>
      {sent ? (
        <Alert color="green" role="status">
          {t('auth.forgot.sent')}
        </Alert>
      ) : (
        <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={t('auth.forgot.title')}>
          <Stack gap="sm">
            <TextInput
              label={t('auth.login.email')}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={invalid ? t(invalid) : undefined}
            />
            {error ? <ErrorAlert error={error} /> : null}
            <Button type="submit" loading={loading} fullWidth mt="xs">
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/login">
          {t('auth.forgot.back')}
        </Anchor>
      </Text>
    </PublicPageLayout>
  );
};
