import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { PasskeyPromptError } from '../../../shared/auth/passkey-prompt';
import { type ApiError, toApiError } from '../../../shared/graphql/errors';
import type { LoginRedirectState } from '../../../shared/session/RequireSession';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { SsoSignInOptions, useSsoErrorText } from '../../sso/components/SsoSignInOptions';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { useLogin } from '../hooks/useLogin';
import { usePasskeyAssertion, usePasskeyLogin } from '../hooks/usePasskeyLogin';
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
  const passkeySignIn = usePasskeyLogin();
  const assertPasskey = usePasskeyAssertion();
  const [step, setStep] = useState<'credentials' | 'totp'>('credentials');
  // The second factors the account has, as the api named them after the password.
  const [factors, setFactors] = useState({ totp: true, passkey: false });
  const [passkeyNotice, setPasskeyNotice] = useState<
    'auth.login.passkeyCancelled' | 'auth.login.passkeyRefused' | null
  >(null);
  const [passkeyBusy, setPasskeyBusy] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const totpRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'totp' && factors.totp) totpRef.current?.focus();
  }, [step, factors.totp]);

  const finish = () => navigate(safeTarget(redirect?.from), { replace: true });

  const refused = (error: ApiError) => {
    if (error.code === 'UNAUTHENTICATED') setPasskeyNotice('auth.login.passkeyRefused');
    else setFailure(error);
  };

  /** A passkey alone (the browser offers this site's passkeys), or as the second factor after the password. */
  const signInWithPasskey = async () => {
    setFailure(null);
    setPasskeyNotice(null);
    setPasskeyBusy(true);
    try {
      if (step === 'credentials') {
        const result = await passkeySignIn.loginWithPasskey();
        if (result.ok) return await finish();
        if (result.reason === 'cancelled') setPasskeyNotice('auth.login.passkeyCancelled');
        else refused(result.error);
        return;
      }
      const passkeyResponse = await assertPasskey(email.trim());
      const result = await login({ email: email.trim(), password, passkeyResponse });
      if (result.ok) await finish();
      else if (result.reason === 'invalid') refused(result.error);
    } catch (error) {
      if (error instanceof PasskeyPromptError) setPasskeyNotice('auth.login.passkeyCancelled');
      else setFailure(toApiError(error));
    } finally {
      setPasskeyBusy(false);
    }
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setPasskeyNotice(null);
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
      await finish();
    } else if (result.reason === 'second-factor') {
      setFactors({ totp: result.totp, passkey: result.passkey });
      setStep('totp');
    } else {
      setFailure(result.error);
      if (step === 'totp') setTotpCode('');
    }
  };

  const ssoError = useSsoErrorText(location.search);
  const failureText = passkeyNotice
    ? t(passkeyNotice)
    : failure?.reason === 'SSO_REQUIRED'
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
          ) : factors.totp ? (
            <>
              <Text size="sm">
                {t(factors.passkey ? 'auth.login.totpOrPasskeyIntro' : 'auth.login.totpIntro')}
              </Text>
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
          ) : (
            <Text size="sm">{t('auth.login.passkeyIntro')}</Text>
          )}
          <div role="alert">
            {failureText ? (
              <Text size="sm" c="var(--mantine-color-error)">
                {failureText}
              </Text>
            ) : null}
          </div>
          {failure && !failureText ? <ErrorAlert error={failure} /> : null}
          {step === 'credentials' || factors.totp ? (
            <Button type="submit" loading={loading && !passkeyBusy} fullWidth mt="xs">
              {step === 'totp' ? t('auth.login.verify') : t('auth.login.submit')}
            </Button>
          ) : null}
          {step === 'totp' && factors.passkey ? (
            <Button
              variant={factors.totp ? 'default' : 'filled'}
              loading={passkeyBusy}
              fullWidth
              onClick={() => void signInWithPasskey()}
            >
              {t('auth.login.passkeyConfirm')}
            </Button>
          ) : null}
          {step === 'credentials' ? <SsoSignInOptions email={email} /> : null}
          {step === 'totp' ? (
            <Button
              variant="subtle"
              onClick={() => {
                setStep('credentials');
                setTotpCode('');
                setFailure(null);
                setPasskeyNotice(null);
              }}
            >
              {t('auth.login.back')}
            </Button>
          ) : null}
        </Stack>
      </form>
      {step === 'credentials' ? (
        <Stack gap="sm">
          <Divider label={t('auth.login.or')} labelPosition="center" />
          <Button
            variant="default"
            fullWidth
            loading={passkeyBusy}
            disabled={loading && !passkeyBusy}
            onClick={() => void signInWithPasskey()}
          >
            {t('auth.login.passkey')}
          </Button>
        </Stack>
      ) : null}
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/forgot-password">
          {t('auth.login.forgot')}
        </Anchor>
      </Text>
      <Text size="sm" ta="center">
        {t('auth.login.noAccount')}{' '}
        <Anchor component={Link} to="/signup">
          {t('auth.login.signUpLink')}
        </Anchor>
      </Text>
    </PublicPageLayout>
  );
};
