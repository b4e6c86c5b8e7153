import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { useResetPassword } from '../hooks/useNotifications';

const FIELDS = ['password', 'totpCode'] as const;
type Field = (typeof FIELDS)[number];

/** The mailed link: a new password, the second factor if the account has one, then signed in. */
export const ResetPasswordPage = () => {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { reset, loading } = useResetPassword();
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [invalidLink, setInvalidLink] = useState(false);
  // A passkey is the account's only second factor: this page cannot ask for it, the sign-in page can.
  const [passkeyOnly, setPasskeyOnly] = useState(false);
  const { errors, formError, applyApiError, reset: resetErrors } = useFieldErrors<Field>();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password) return resetErrors({ password: t('auth.validation.passwordRequired') });
    if (needsCode && !totpCode.trim()) return resetErrors({ totpCode: t('auth.validation.totpRequired') });
    resetErrors();
    try {
      const done = await reset({
        token,
        password,
        totpCode: needsCode ? totpCode.replace(/\s/g, '') : undefined,
      });
      if (done) await navigate(done.clientId ? `/clients/${done.clientId}` : '/', { replace: true });
    } catch (error) {
      const apiError = applyApiError(error, FIELDS);
      if (apiError.code === 'NOT_FOUND') {
        resetErrors();
        setInvalidLink(true);
      } else if (apiError.code === 'UNAUTHENTICATED' && 'totpCode' in apiError.fields) {
        resetErrors();
        setNeedsCode(true);
      } else if (apiError.code === 'UNAUTHENTICATED' && 'passkeyResponse' in apiError.fields) {
        resetErrors();
        setPasskeyOnly(true);
      } else if (apiError.code === 'UNAUTHENTICATED' && needsCode) {
        resetErrors({ totpCode: t('auth.login.invalidTotp') });
      }
    }
  };

  return (
    <PublicPageLayout title={t('auth.reset.title')} subtitle={t('auth.reset.intro')}>
      {invalidLink ? (
        <Alert color="red" role="alert" title={t('auth.reset.invalidTitle')}>
          {t('auth.reset.invalid')}{' '}
          <Anchor component={Link} to="/forgot-password">
            {t('auth.reset.again')}
          </Anchor>
        </Alert>
      ) : null}
      {passkeyOnly ? (
        <Alert color="blue" role="status">
          {t('auth.reset.passkeyOnly')}{' '}
          <Anchor component={Link} to="/login">
            {t('auth.forgot.back')}
          </Anchor>
        </Alert>
      ) : null}
      <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={t('auth.reset.title')}>
        <Stack gap="sm">
          <PasswordInput
            label={t('auth.reset.password')}
            description={t('auth.invitation.passwordHint')}
            name="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
          />
          {needsCode ? (
            <TextInput
              label={t('auth.login.totpCode')}
              description={t('auth.reset.totpIntro')}
              name="totpCode"
              autoComplete="one-time-code"
              maxLength={16}
              required
              autoFocus
              value={totpCode}
              onChange={(event) => setTotpCode(event.currentTarget.value)}
              error={errors.totpCode}
            />
          ) : null}
          {formError && !invalidLink && formError.code !== 'UNAUTHENTICATED' ? (
            <ErrorAlert error={formError} />
          ) : null}
          <Button type="submit" loading={loading} fullWidth mt="xs">
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/login">
          {t('auth.forgot.back')}
        </Anchor>
      </Text>
    </PublicPageLayout>
  );
};
