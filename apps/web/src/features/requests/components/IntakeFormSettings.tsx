import { Button, Card, CopyButton, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useRequestIntakeSettings } from '../hooks/useRequestIntake';

/** The client's public intake form for requests: off by default; the URL goes into the privacy notice. */
export const IntakeFormSettings = ({ clientId, canWrite }: { clientId: string; canWrite: boolean }) => {
  const { t } = useTranslation();
  const { settings, loading, error, busy, set } = useRequestIntakeSettings(clientId);
  if (loading || !settings) return null;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('requests.intake.title')}>
      <Stack gap="sm">
        <Switch
          label={t('requests.intake.title')}
          description={t('requests.intake.description')}
          checked={settings.enabled}
          disabled={!canWrite || busy}
          onChange={(event) => set(event.currentTarget.checked)}
        />
        {settings.enabled && settings.url ? (
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('requests.intake.url')} value={settings.url} readOnly w={460} />
            <CopyButton value={settings.url}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('requests.intake.copied') : t('requests.intake.copy')}
                </Button>
              )}
            </CopyButton>
            {canWrite ? (
              <Button variant="subtle" color="red" loading={busy} onClick={() => set(true, true)}>
                {t('requests.intake.newLink')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {settings.enabled ? (
          <Text size="sm" c="dimmed">
            {t('requests.intake.hint')}
          </Text>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Card>
  );
};
