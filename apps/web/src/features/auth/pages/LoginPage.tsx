import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LanguageSwitch } from '../../../shared/ui/LanguageSwitch';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useLogin } from '../hooks/useLogin';

type FieldErrors = {
  email?: 'auth.validation.emailRequired' | 'auth.validation.emailInvalid';
  password?: 'auth.validation.passwordRequired';
};

// Deliberately loose: the server decides; this only catches obvious typos before submitting.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const validate = (email: string, password: string): FieldErrors => {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'auth.validation.emailRequired';
  else if (!EMAIL_PATTERN.test(email.trim())) errors.email = 'auth.validation.emailInvalid';
  if (password === '') errors.password = 'auth.validation.passwordRequired';
  return errors;
};

export type LoginLocationState = { reason?: 'session-expired' } | null;

export const LoginPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const sessionExpired = (location.state as LoginLocationState)?.reason === 'session-expired';
  const { login, loading, available } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notSent, setNotSent] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  usePageTitle(t('auth.login.title'));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nextErrors = validate(email, password);
    setErrors(nextErrors);
    setNotSent(false);
    if (nextErrors.email || nextErrors.password) {
      (nextErrors.email ? emailRef : passwordRef).current?.focus();
      return;
    }

    const result = await login({ email: email.trim(), password });
    if (!result.ok && result.reason === 'unavailable') setNotSent(true);
  };

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group component="header" justify="space-between" px="md" py="sm">
        <Text fw={700} fz="xl">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper
          withBorder
          shadow="sm"
          p="xl"
          w="100%"
          maw={420}
          component="section"
          aria-labelledby={headingId}
        >
          <Stack gap="md">
            <div>
              <Title order={1} id={headingId}>
                {t('auth.login.title')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('app.tagline')}
              </Text>
            </div>

            {sessionExpired ? (
              <Alert color="yellow" role="status">
                {t('auth.login.sessionExpired')}
              </Alert>
            ) : null}

            {available ? null : (
              <Alert color="blue" title={t('auth.login.unavailableTitle')}>
                {t('auth.login.unavailable')}
              </Alert>
            )}

            <form noValidate onSubmit={(event) => void handleSubmit(event)}>
              <Stack gap="sm">
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
                <Button type="submit" loading={loading} fullWidth mt="xs">
                  {t('auth.login.submit')}
                </Button>
                <div role="status" aria-live="polite">
                  {notSent ? (
                    <Text size="sm" c="dimmed">
                      {t('auth.login.notSent')}
                    </Text>
                  ) : null}
                </div>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
};
