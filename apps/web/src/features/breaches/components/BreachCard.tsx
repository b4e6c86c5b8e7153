import {
  Anchor,
  Button,
  Card,
  Code,
  Group,
  Spoiler,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { type ClientBreach, useMarkBreachNotified } from '../hooks/useClientBreaches';
import { BreachClock } from './BreachClock';
import { BreachDetailsDialog } from './BreachDetailsDialog';

const dateTime = (value: string) =>
  new Date(value).toLocaleString('de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  });

export const BreachCard = ({ breach, canWrite }: { breach: ClientBreach; canWrite: boolean }) => {
  const { t } = useTranslation();
  const { markNotified, marking } = useMarkBreachNotified();
  const [reference, setReference] = useState('');
  const [lateReason, setLateReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const open = breach.notificationRequired && !breach.notifiedAt;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      await markNotified(breach.id, reference.trim(), lateReason.trim());
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Card withBorder padding="md" component="article" aria-label={breach.title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {breach.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('breaches.discovered', { at: dateTime(breach.discoveredAt) })} ·{' '}
              {t(`breaches.risks.${breach.risk}`)}
            </Text>
          </div>
          <Group gap="sm">
            {open ? <BreachClock deadline={breach.notificationDeadline} /> : null}
            {canWrite ? (
              <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                {t('breaches.edit')}
              </Button>
            ) : null}
          </Group>
        </Group>
        <Text size="sm">
          {breach.notificationRequired
            ? t('breaches.deadline', { at: dateTime(breach.notificationDeadline) })
            : t('breaches.documentedOnly')}
        </Text>
        {breach.notifiedAt ? (
          <Text size="sm" fw={600}>
            {t('breaches.notified', {
              at: dateTime(breach.notifiedAt),
              reference: breach.notificationReference ?? '–',
            })}
          </Text>
        ) : null}
        {breach.authority ? (
          <Text size="sm">
            {t('breaches.authority')}: {breach.authority.name} (
            <Anchor href={breach.authority.reportingUrl} target="_blank" rel="noreferrer">
              {t('breaches.reportOnline')}
            </Anchor>
            )
          </Text>
        ) : (
          <Text size="sm">{t('breaches.noAuthority')}</Text>
        )}
        {breach.subjectsCommunicationRequired && !breach.subjectsInformedAt ? (
          <Text size="sm" c="red.8">
            {t('breaches.informSubjects')}
          </Text>
        ) : null}
        {breach.notificationRequired ? (
          <Spoiler maxHeight={0} showLabel={t('breaches.showDraft')} hideLabel={t('breaches.hideDraft')}>
            <Code block>{breach.notificationDraft}</Code>
          </Spoiler>
        ) : null}
        {open && canWrite ? (
          <form onSubmit={(event) => void submit(event)} aria-label={t('breaches.markNotified')} noValidate>
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={t('breaches.reference')}
                value={reference}
                onChange={(event) => setReference(event.currentTarget.value)}
                w={220}
              />
              {breach.overdue ? (
                <Textarea
                  label={t('breaches.lateReason')}
                  value={lateReason}
                  onChange={(event) => setLateReason(event.currentTarget.value)}
                  autosize
                  minRows={1}
                  w={360}
                />
              ) : null}
              <Button type="submit" loading={marking}>
                {t('breaches.markNotified')}
              </Button>
            </Group>
          </form>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
      {editing ? <BreachDetailsDialog breach={breach} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
};
