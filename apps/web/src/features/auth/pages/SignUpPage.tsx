import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { useSignUp } from '../hooks/useSignUp';
import { EMAIL_PATTERN, PASSWORD_MIN_LENGTH } from '../validation';

const FIELDS = ['firmName', 'name', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export const SignUpPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({
    firmName: '',
    name: '',
    email: '',
    password: '',
  });
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();
  const { signUp, loading } = useSignUp();

  const set = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    // Read now: the event's currentTarget is gone by the time a state updater runs.
    const { value } = event.currentTarget;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!values.firmName.trim()) local.firmName = t('auth.validation.firmNameRequired');
    if (!values.name.trim()) local.name = t('auth.validation.nameRequired');
    if (!values.email.trim()) local.email = t('auth.validation.emailRequired');
    else if (!EMAIL_PATTERN.test(values.email.trim())) local.email = t('auth.validation.emailInvalid');
    if (values.password.length < PASSWORD_MIN_LENGTH) {
      local.password = t('auth.validation.passwordTooShort', { count: PASSWORD_MIN_LENGTH });
    }
    reset(local);
    const firstInvalid = FIELDS.find((field) => local[field]);
    if (firstInvalid) {
      document.getElementById(`signup-${firstInvalid}`)?.focus();
      return;
    }
    try {
      const signedUp = await signUp({
        firmName: values.firmName.trim(),
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
      });
      if (signedUp) await navigate('/', { replace: true });
    } catch (error) {
      const apiError = applyApiError(error, FIELDS);
      if (apiError.code === 'CONFLICT') reset({ email: t('auth.signUp.emailTaken') });
    }
  };

  return (
    <PublicPageLayout title={t('auth.signUp.title')} subtitle={t('auth.signUp.intro')}>
      <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={t('auth.signUp.title')}>
        <Stack gap="sm">
          <TextInput
            id="signup-firmName"
            label={t('auth.signUp.firmName')}
            name="firmName"
            autoComplete="organization"
            required
            value={values.firmName}
            onChange={set('firmName')}
            error={errors.firmName}
          />
          <TextInput
            id="signup-name"
            label={t('auth.signUp.name')}
            name="name"
            autoComplete="name"
            required
            value={values.name}
            onChange={set('name')}
            error={errors.name}
          />
          <TextInput
            id="signup-email"
            label={t('auth.login.email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            required
            value={values.email}
            onChange={set('email')}
            error={errors.email}
          />
          <PasswordInput
            id="signup-password"
            label={t('auth.login.password')}
            description={t('auth.signUp.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            name="password"
            autoComplete="new-password"
            required
            value={values.password}
            onChange={set('password')}
            error={errors.password}
          />
          {formError ? <ErrorAlert error={formError} /> : null}
          <Button type="submit" loading={loading} fullWidth mt="xs">
            {t('auth.signUp.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        {t('auth.signUp.haveAccount')}{' '}
        <Anchor component={Link} to="/login">
          {t('auth.signUp.loginLink')}
        </Anchor>
      </Text>
    </PublicPageLayout>
  );
};
