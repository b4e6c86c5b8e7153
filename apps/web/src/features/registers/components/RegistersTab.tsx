import { isClientRole, roleAllows } from '@klarsicht/shared';
import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { ReportButton } from '../../../shared/ui/ReportButton';
import { useProcessingActivities, useProcessingTemplates, useRegisterActions } from '../hooks/useRegisters';
import { ActivityCard } from './ActivityCard';
import { ActivityForm } from './ActivityForm';
import { TomChecklist } from './TomChecklist';

/** The client's registers: record of processing activities (Art. 30), TOMs (Art. 32), DPIA screening (Art. 35). */
export const RegistersTab = () => {
  const { t, i18n } = useTranslation();
  const { clientId = '' } = useParams();
  const dialect = i18n.resolvedLanguage === 'en' ? 'excel-en' : 'excel-de';
  const viewer = useViewer();
  const canWrite = roleAllows(viewer.role, 'documents', 'write');
  const canApprove = viewer.role === 'OWNER' || viewer.role === 'DPO';
  const firmStaff = canWrite && !isClientRole(viewer.role);
  const { activities, loading, error, refetch } = useProcessingActivities(clientId);
  const templates = useProcessingTemplates();
  const { applyTemplate, createActivity, busy } = useRegisterActions();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  if (loading) return <Loading minHeight={120} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('registers.title')}
        </Title>
        <Group gap="sm">
          <ReportButton
            path={`/api/clients/${clientId}/register.pdf`}
            label={t('registers.exportPdf')}
            hint={t('registers.exportHint')}
            fallbackName="processing-register.pdf"
          />
          <ReportButton
            path={`/api/clients/${clientId}/register/export.json`}
            label={t('registers.exportJson')}
            hint={t('registers.exportHint')}
            fallbackName="processing-register.json"
          />
          <ReportButton
            path={`/api/clients/${clientId}/register/export.csv?dialect=${dialect}`}
            label={t('registers.exportCsv')}
            hint={t('registers.exportHint')}
            fallbackName="processing-register.csv"
          />
        </Group>
      </Group>
      {firmStaff ? (
        <Card withBorder padding="md">
          <Group align="flex-end">
            <Select
              label={t('registers.template')}
              data={templates.map((tpl) => ({ value: tpl.id, label: `${tpl.name} (${tpl.language})` }))}
              value={templateId}
              onChange={setTemplateId}
              w={420}
            />
            <Button
              disabled={!templateId}
              loading={busy}
              onClick={() => {
                if (!templateId) return;
                setActionError(null);
                applyTemplate(templateId, [clientId]).catch(setActionError);
              }}
            >
              {t('registers.applyTemplate')}
            </Button>
          </Group>
        </Card>
      ) : null}
      {canWrite ? (
        creating ? (
          <Card withBorder padding="md">
            <ActivityForm
              clientId={clientId}
              initial={null}
              saving={busy}
              onCancel={() => setCreating(false)}
              onSave={async (record) => {
                await createActivity(clientId, record);
                setCreating(false);
              }}
            />
          </Card>
        ) : (
          <Group>
            <Button variant="default" onClick={() => setCreating(true)}>
              {t('registers.newActivity')}
            </Button>
          </Group>
        )
      ) : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {activities.length === 0 ? <Text c="dimmed">{t('registers.empty')}</Text> : null}
      {activities.map((activity) => (
        <ActivityCard key={activity.id} activity={activity} canWrite={canWrite} canApprove={canApprove} />
      ))}
      <Title order={2} size="h3">
        {t('registers.toms.title')}
      </Title>
      <TomChecklist clientId={clientId} canWrite={canWrite} />
    </Stack>
  );
};
