import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { type ProcessingActivity, recordOf, useRegisterActions } from '../hooks/useRegisters';
import { ActivityForm } from './ActivityForm';
import { DpiaPanel } from './DpiaPanel';
import { VersionHistory } from './VersionHistory';

const STATUS_COLOR: Record<string, string> = { DRAFT: 'gray', IN_REVIEW: 'blue', APPROVED: 'green' };
type Panel = 'none' | 'edit' | 'history' | 'dpia';

type ActivityCardProps = { activity: ProcessingActivity; canWrite: boolean; canApprove: boolean };

/** One processing activity: its current version, what the rules miss, submit/approve, history, DPIA. */
export const ActivityCard = ({ activity, canWrite, canApprove }: ActivityCardProps) => {
  const { t } = useTranslation();
  const record = recordOf(activity.record);
  const { updateActivity, submitActivity, approveActivity, busy } = useRegisterActions();
  const [panel, setPanel] = useState<Panel>('none');
  const [error, setError] = useState<unknown>(null);
  const toggle = (next: Panel) => setPanel(panel === next ? 'none' : next);
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Card withBorder padding="md" component="article" aria-label={activity.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {activity.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('registers.versionLine', { version: activity.version })}
              {activity.approvedVersion
                ? ` · ${t('registers.approvedVersion', { version: activity.approvedVersion })}`
                : ''}
            </Text>
          </div>
          <Badge variant="light" color={STATUS_COLOR[activity.status] ?? 'gray'}>
            {t(`registers.status.${activity.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          <strong>{t('registers.fields.purposes')}:</strong> {record.purposes.join('; ') || '—'}
        </Text>
        <Text size="sm">
          <strong>{t('registers.fields.dataCategories')}:</strong> {record.dataCategories.join('; ') || '—'}
        </Text>
        <div>
          <Text size="sm" fw={700}>
            {t('registers.fields.recipients')}
          </Text>
          <List size="sm">
            {record.recipients.map((r) => (
              <List.Item key={`${r.name}-${r.kind}`}>
                {r.name} – {t(`registers.kinds.${r.kind}`)}, {t(`registers.regions.${r.region}`)}
              </List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="sm" fw={700}>
            {t('registers.fields.transfers')}
          </Text>
          <List size="sm">
            {record.transfers.map((tr) => (
              <List.Item key={`${tr.recipient}-${tr.country}`}>
                {tr.recipient} → {tr.country || '?'}: {t(`registers.mechanisms.${tr.mechanism}`)}
              </List.Item>
            ))}
          </List>
        </div>
        <Text size="sm">
          <strong>{t('registers.fields.retention')}:</strong> {record.retention || '—'}
        </Text>
        {activity.transferGaps.length > 0 ? (
          <Alert color="red" title={t('registers.transferGapsTitle')}>
            {t('registers.transferGaps', { names: activity.transferGaps.join(', ') })}
          </Alert>
        ) : null}
        {!record.retention ? <Alert color="red">{t('registers.retentionMissing')}</Alert> : null}
        <Group gap="sm">
          {canWrite ? (
            <Button variant="default" size="xs" onClick={() => toggle('edit')}>
              {t('registers.edit')}
            </Button>
          ) : null}
          {canWrite && activity.status === 'DRAFT' ? (
            <Button variant="default" size="xs" onClick={() => void run(() => submitActivity(activity.id))}>
              {t('registers.submit')}
            </Button>
          ) : null}
          {canApprove && activity.status !== 'APPROVED' ? (
            <Button size="xs" onClick={() => void run(() => approveActivity(activity.id))}>
              {t('registers.approve')}
            </Button>
          ) : null}
          <Button variant="default" size="xs" onClick={() => toggle('history')}>
            {t('registers.history')}
          </Button>
          <Button variant="default" size="xs" onClick={() => toggle('dpia')}>
            {t('registers.dpia.open')}
          </Button>
        </Group>
        {error ? <ErrorAlert error={error} /> : null}
        {panel === 'edit' ? (
          <ActivityForm
            clientId={activity.clientId}
            initial={record}
            saving={busy}
            onCancel={() => setPanel('none')}
            onSave={async (input) => {
              await updateActivity(activity.id, input);
              setPanel('none');
            }}
          />
        ) : null}
        {panel === 'history' ? <VersionHistory versions={activity.versions} /> : null}
        {panel === 'dpia' ? (
          <DpiaPanel activityId={activity.id} canWrite={canWrite} canApprove={canApprove} />
        ) : null}
      </Stack>
    </Card>
  );
};
