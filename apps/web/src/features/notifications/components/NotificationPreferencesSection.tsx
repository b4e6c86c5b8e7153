import { Paper, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { UpdateNotificationPreferencesInput } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useNotificationPreferences } from '../hooks/useNotifications';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The signed-in user's mail settings; every mail links here (/settings/notifications). */
export const NotificationPreferencesSection = () => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const ref = useRef<HTMLElement>(null);
  const { preferences, loading, error, retry, save, saving } = useNotificationPreferences();
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  // Opened from a mail's link: this section is what the user came for.
  useEffect(() => {
    if (pathname === '/settings/notifications' && preferences)
      ref.current?.scrollIntoView({ block: 'start' });
  }, [pathname, preferences]);

  const change = (input: UpdateNotificationPreferencesInput) =>
    void save(input).then(
      () => {
        setSaveError(null);
        setSaved(true);
      },
      (err: unknown) => {
        setSaved(false);
        setSaveError(err);
      },
    );

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="notifications-heading"
      ref={ref}
    >
      <Title order={2} size="h3" id="notifications-heading" mb="sm">
        {t('settings.notifications.title')}
      </Title>
      {error ? <ErrorAlert error={error} onRetry={retry} /> : null}
      {loading && !preferences ? <Loading /> : null}
      {preferences ? (
        <Stack gap="sm">
          <Select
            label={t('settings.notifications.language')}
            data={[
              { value: 'de', label: t('language.names.de') },
              { value: 'en', label: t('language.names.en') },
            ]}
            value={preferences.language}
            allowDeselect={false}
            disabled={saving}
            onChange={(value) => (value === 'de' || value === 'en' ? change({ language: value }) : undefined)}
            maw={240}
          />
          <Switch
            label={t('settings.notifications.reminders')}
            description={t('settings.notifications.remindersHint')}
            checked={preferences.remindersEnabled}
            disabled={saving}
            onChange={(event) => change({ remindersEnabled: event.currentTarget.checked })}
          />
          <Switch
            label={t('settings.notifications.digest')}
            description={t('settings.notifications.digestHint')}
            checked={preferences.digestEnabled}
            disabled={saving}
            onChange={(event) => change({ digestEnabled: event.currentTarget.checked })}
          />
          <Select
            label={t('settings.notifications.digestHour')}
            data={HOURS.map((hour) => ({
              value: String(hour),
              label: t('settings.notifications.hour', { hour: String(hour).padStart(2, '0') }),
            }))}
            value={String(preferences.digestHour)}
            allowDeselect={false}
            disabled={saving || !preferences.digestEnabled}
            onChange={(value) => (value === null ? undefined : change({ digestHour: Number(value) }))}
            maw={240}
          />
          {saved ? (
            <Text size="sm" role="status">
              {t('settings.notifications.saved')}
            </Text>
          ) : null}
          {saveError ? <ErrorAlert error={saveError} /> : null}
        </Stack>
      ) : null}
    </Paper>
  );
};
