import { Paper, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useTwoFactorPolicy } from '../hooks/useRecoveryAndPolicy';

/** Owners: require two-factor sign-in of every staff member. */
export const TwoFactorPolicySection = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { setRequired, saving } = useTwoFactorPolicy();
  const [error, setError] = useState<unknown>(null);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="policy-heading">
      <Title order={2} size="h3" id="policy-heading" mb="sm">
        {t('settings.policy.title')}
      </Title>
      <Switch
        label={t('settings.policy.requireTwoFactor')}
        checked={viewer.tenant.requireTwoFactor}
        disabled={saving}
        onChange={(event) => {
          const required = event.currentTarget.checked;
          void setRequired(required).then(
            () => setError(null),
            (err: unknown) => setError(err),
          );
        }}
      />
      <Text size="sm" c="dimmed" mt="xs">
        {t('settings.policy.hint')}
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
    </Paper>
  );
};
