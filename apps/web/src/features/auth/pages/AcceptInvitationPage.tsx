import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

const FIELDS = ['name', 'password'] as const;
type Field = (typeof FIELDS)[number];

export const AcceptInvitationPage = () => {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [invalidLink, setInvalidLink] = useState(false);
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();
  const { accept, loading } = useAcceptInvitation();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setInvalidLink(false);
    if (!password) {
      reset({ password: t('auth.validation.passwordRequired') });
      document.getElementById('invitation-password')?.focus();
      return;
    }
    reset();
    try {
      const accepted = await accept({ token, name: name.trim() || null, password });
      if (!accepted) return;
      await navigate(accepted.clientId ? `/clients/${accepted.clientId}` : '/', { replace: true });
    } catch (error) {
      const apiError = applyApiError(error, FIELDS);
      if (apiError.code === 'NOT_FOUND') {
        reset();
        setInvalidLink(true);
      } else if (apiError.code === 'UNAUTHENTICATED') {
        reset({ password: t('auth.invitation.wrongPassword') });
      }
    }
  };

  return (
    <PublicPageLayout title={t('auth.invitation.title')} subtitle={t('auth.invitation.intro')}>
      {invalidLink ? (
        <Alert color="red" role="alert" title={t('auth.invitation.invalidTitle')}>
          {t('auth.invitation.invalid')}
        </Alert>
      ) : null}
      <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={t('auth.invitation.title')}>
        <Stack gap="sm">
          <TextInput
            id="invitation-name"
            label={t('auth.signUp.name')}
            description={t('auth.invitation.nameHint')}
            name="name"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
          />
          <PasswordInput
            id="invitation-password"
            label={t('auth.login.password')}
            description={t('auth.invitation.passwordHint')}
            name="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
          />
          {formError && !invalidLink && formError.code !== 'UNAUTHENTICATED' ? (
            <ErrorAlert error={formError} />
          ) : null}
          <Button type="submit" loading={loading} fullWidth mt="xs">
            {t('auth.invitation.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/login">
          {t('auth.signUp.loginLink')}
        </Anchor>
      </Text>
    </PublicPageLayout>
  );
};
