import { Alert, Button, Group, Paper, PasswordInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useChangePassword } from '../hooks/useAccount';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number];

/** Change the own password; the other sessions end. */
export const PasswordSection = () => {
  const { t } = useTranslation();
  const { change, changing } = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [ended, setEnded] = useState<number | null>(null);
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setEnded(null);
    const local: Partial<Record<Field, string>> = {};
    if (!current) local.currentPassword = t('settings.password.required');
    if (!next) local.newPassword = t('settings.password.required');
    reset(local);
    if (Object.keys(local).length > 0) return;
    try {
      setEnded(await change(current, next));
      setCurrent('');
      setNext('');
    } catch (error) {
      applyApiError(error, FIELDS);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="password-heading">
      <Title order={2} size="h3" id="password-heading" mb="sm">
        {t('settings.password.title')}
      </Title>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('settings.password.title')}>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <PasswordInput
            label={t('settings.password.current')}
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={errors.currentPassword}
            w={{ base: '100%', sm: 240 }}
          />
          <PasswordInput
            label={t('settings.password.new')}
            description={t('settings.password.rules')}
            autoComplete="new-password"
            value={next}
            onChange={(event) => setNext(event.currentTarget.value)}
            error={errors.newPassword}
            w={{ base: '100%', sm: 280 }}
          />
          <Button type="submit" loading={changing} mt={{ base: 0, sm: 25 }}>
            {t('settings.password.submit')}
          </Button>
        </Group>
      </form>
      {formError ? <ErrorAlert error={formError} /> : null}
      <div role="status">
        {ended !== null ? (
          <Alert color="green" mt="sm">
            {t('settings.password.changed', { count: ended })}
          </Alert>
        ) : null}
      </div>
    </Paper>
  );
};
