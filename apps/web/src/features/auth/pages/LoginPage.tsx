import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ApiError } from '../../../shared/graphql/errors';
import type { LoginRedirectState } from '../../../shared/session/RequireSession';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { SsoSignInOptions, useSsoErrorText } from '../../sso/components/SsoSignInOptions';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { useLogin } from '../hooks/useLogin';
import { EMAIL_PATTERN } from '../validation';

type FieldErrors = {
  email?: 'auth.validation.emailRequired' | 'auth.validation.emailInvalid';
  password?: 'auth.validation.passwordRequired';
  totpCode?: 'auth.validation.totpRequired';
};

const validate = (email: string, password: string): FieldErrors => {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'auth.validation.emailRequired';
  else if (!EMAIL_PATTERN.test(email.trim())) errors.email = 'auth.validation.emailInvalid';
  if (password === '') errors.password = 'auth.validation.passwordRequired';
  return errors;
};

// Only same-app paths; anything else (or the login page itself) falls back to the start page.
const safeTarget = (from: string | undefined): string =>
  from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';

export const LoginPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const redirect = location.state as LoginRedirectState;
  const { login, loading } = useLogin();
  const [step, setStep] = useState<'credentials' | 'totp'>('credentials');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const totpRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'totp') totpRef.current?.focus();
  }, [step]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const nextErrors = validate(email, password);
    if (step === 'totp' && totpCode.trim() === '') nextErrors.totpCode = 'auth.validation.totpRequired';
    setErrors(nextErrors);
    if (nextErrors.email) return emailRef.current?.focus();
    if (nextErrors.password) return passwordRef.current?.focus();
    if (nextErrors.totpCode) return totpRef.current?.focus();

    const result = await login({
      email: email.trim(),
      password,
      totpCode: step === 'totp' ? totpCode.replace(/\s/g, '') : undefined,
    });
    if (result.ok) {
      await navigate(safeTarget(redirect?.from), { replace: true });
    } else if (result.reason === 'totp-required') {
      setStep('totp');
    } else {
      setFailure(result.error);
      if (step === 'totp') setTotpCode('');
    }
  };

  const ssoError = useSsoErrorText(location.search);
  const failureText =
    failure?.reason === 'SSO_REQUIRED'
      ? t('auth.sso.required')
      : failure?.code === 'UNAUTHENTICATED'
        ? t(step === 'totp' ? 'auth.login.invalidTotp' : 'auth.login.invalid')
        : failure?.code === 'RATE_LIMITED'
          ? t('auth.login.rateLimited')
          : null;

  return (
    <PublicPageLayout title={t('auth.login.title')} subtitle={t('app.tagline')}>
      {redirect?.reason === 'session-expired' ? (
        <Alert color="yellow" role="status">
          {t('auth.login.sessionExpired')}
        </Alert>
      ) : null}
      {ssoError ? (
        <Alert color="red" role="alert" title={t('auth.sso.failed')}>
          {ssoError}
        </Alert>
      ) : null}

      <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={t('auth.login.title')}>
        <Stack gap="sm">
          {step === 'credentials' ? (
            <>
              <Text size="sm">{t('auth.login.intro')}</Text>
              <TextInput
                ref={emailRef}
                label={t('auth.login.email')}
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={errors.email ? t(errors.email) : undefined}
              />
              <PasswordInput
                ref={passwordRef}
                label={t('auth.login.password')}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={errors.password ? t(errors.password) : undefined}
              />
            </>
          ) : (
            <>
              <Text size="sm">{t('auth.login.totpIntro')}</Text>
              <TextInput
                ref={totpRef}
                label={t('auth.login.totpCode')}
                description={t('auth.login.recoveryHint')}
                name="totpCode"
                autoComplete="one-time-code"
                maxLength={16}
                required
                value={totpCode}
                onChange={(event) => setTotpCode(event.currentTarget.value)}
                error={errors.totpCode ? t(errors.totpCode) : undefined}
              />
            </>
          )}
          <div role="alert">
            {failureText ? (
              <Text size="sm" c="var(--mantine-color-error)">
                {failureText}
              </Text>
            ) : null}
          </div>
          {failure && !failureText ? <ErrorAlert error={failure} /> : null}
          <Button type="submit" loading={loading} fullWidth mt="xs">
            {step === 'totp' ? t('auth.login.verify') : t('auth.login.submit')}
          </Button>
          {step === 'credentials' ? <SsoSignInOptions email={email} /> : null}
          {step === 'totp' ? (
            <Button
              variant="subtle"
              onClick={() => {
                setStep('credentials');
                setTotpCode('');
                setFailure(null);
              }}
            >
              {t('auth.login.back')}
            </Button>
          ) : null}
        </Stack>
      </form>
      <Text size="sm" ta="center">
        {t('auth.login.noAccount')}{' '}
        <Anchor component={Link} to="/signup">
          {t('auth.login.signUpLink')}
        </Anchor>
      </Text>
    </PublicPageLayout>
  );
};
