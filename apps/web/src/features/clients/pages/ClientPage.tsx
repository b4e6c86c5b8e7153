import { Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { LevelBadge } from '../../../shared/compliance/LevelBadge';
import { ComingSoon } from '../../../shared/ui/ComingSoon';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ReportButton } from '../../../shared/ui/ReportButton';
import { AdviceTab } from '../../advice/components/AdviceTab';
import { BreachesTab } from '../../breaches/components/BreachesTab';
import { ConsentsTab } from '../../consent/components/ConsentsTab';
import { DocumentsTab } from '../../documents/components/DocumentsTab';
import { ChannelsTab } from '../../messaging/components/ChannelsTab';
import { RegistersTab } from '../../registers/components/RegistersTab';
import { RequestsTab } from '../../requests/components/RequestsTab';
import { WhatsAppTab } from '../../whatsapp/components/WhatsAppTab';
import { ClientOverview } from '../components/ClientOverview';
import { useClientDetail } from '../hooks/useClientDetail';
import { Loading } from '../../../shared/ui/Loading';

const TABS = [
  'overview',
  'whatsapp',
  'consents',
  'channels',
  'documents',
  'registers',
  'requests',
  'breaches',
  'advice',
  'tasks',
] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.some((tab) => tab === value);

export const ClientPage = () => {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'overview';
  const { client, loading, error, retry } = useClientDetail(clientId);

  if (loading) {
    return <Loading minHeight={200} />;
  }
  if (error) return <ErrorAlert error={error} onRetry={retry} />;
  if (!client) return <NotFoundPage />;

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={client.name} description={client.industry ?? t('clients.title')} />
        <Group gap="sm">
          <ReportButton
            path={`/api/clients/${client.id}/report.pdf`}
            label={t('reports.clientPdf')}
            hint={t('reports.clientPdfHint')}
            fallbackName="report.pdf"
          />
          <LevelBadge level={client.compliance.level} size="lg" />
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isTab(value)) setParams(value === 'overview' ? {} : { tab: value }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('clients.tabs.label')}>
          <Tabs.Tab value="overview">{t('clients.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="whatsapp">{t('clients.tabs.whatsapp')}</Tabs.Tab>
          <Tabs.Tab value="consents">{t('clients.tabs.consents')}</Tabs.Tab>
          <Tabs.Tab value="channels">{t('clients.tabs.channels')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('clients.tabs.documents')}</Tabs.Tab>
          <Tabs.Tab value="registers">{t('clients.tabs.registers')}</Tabs.Tab>
          <Tabs.Tab value="requests">{t('clients.tabs.requests')}</Tabs.Tab>
          <Tabs.Tab value="breaches">{t('clients.tabs.breaches')}</Tabs.Tab>
          <Tabs.Tab value="advice">{t('clients.tabs.advice')}</Tabs.Tab>
          <Tabs.Tab value="tasks">{t('clients.tabs.tasks')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <ClientOverview client={client} />
        </Tabs.Panel>
        <Tabs.Panel value="whatsapp">
          <WhatsAppTab />
        </Tabs.Panel>
        <Tabs.Panel value="consents">
          <ConsentsTab clientName={client.name} />
        </Tabs.Panel>
        <Tabs.Panel value="channels">
          <ChannelsTab />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsTab />
        </Tabs.Panel>
        <Tabs.Panel value="registers">
          <RegistersTab />
        </Tabs.Panel>
        <Tabs.Panel value="requests">
          <RequestsTab />
        </Tabs.Panel>
        <Tabs.Panel value="breaches">
          <BreachesTab />
        </Tabs.Panel>
        <Tabs.Panel value="advice">
          <AdviceTab />
        </Tabs.Panel>
        <Tabs.Panel value="tasks">
          <ComingSoon description={t('clients.tasksComingSoon')} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
};
