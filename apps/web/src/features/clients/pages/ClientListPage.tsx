import { Alert, Anchor, Button, Group, Skeleton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { isClientRole, roleAllows } from '@klarsicht/shared';
import { lazy, memo, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../shared/format/useFormat';
import { useViewer } from '../../../shared/session/SessionContext';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ReportButton } from '../../../shared/ui/ReportButton';
import { PortfolioSummaryCards } from '../../portfolio/components/PortfolioSummaryCards';
import { ApplyTemplateModal } from '../../registers/components/ApplyTemplateModal';
import { ClientList } from '../components/ClientList';
import { CreateClientModal } from '../components/CreateClientModal';
import { usePortfolioClients } from '../hooks/usePortfolioClients';

// The charts pull in recharts: loaded after the page, so the table does not wait for them. Memoised (like the
// cards): they have their own queries, and redrawing them on every page of clients, sort or keystroke cost
// long tasks of up to ~190 ms (bench/web.md).
const PortfolioCharts = lazy(async () => ({
  default: memo((await import('../../portfolio/components/PortfolioCharts')).PortfolioCharts),
}));
const SummaryCards = memo(PortfolioSummaryCards);

/** The firm's start page (titled Portfolio): the portfolio's summary and charts above the list of its clients. */
export const ClientListPage = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const canCreate = roleAllows(viewer.role, 'clients', 'write');
  const canApplyTemplates = roleAllows(viewer.role, 'documents', 'write') && !isClientRole(viewer.role);
  const { clients, totalCount, complete, loading, error, refetch, add } = usePortfolioClients();
  const [createOpened, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [templateOpened, { open: openTemplate, close: closeTemplate }] = useDisclosure(false);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader
          title={t('portfolio.title')}
          description={t('portfolio.asOf', { date: format.date(new Date(), { dateStyle: 'long' }) })}
        />
        <Group gap="sm">
          {clients.length > 0 ? (
            <>
              <ReportButton
                path="/api/portfolio/report.pdf"
                label={t('reports.portfolioPdf')}
                hint={t('reports.portfolioPdfHint')}
                fallbackName="portfolio-report.pdf"
              />
              <ReportButton
                path="/api/portfolio/export.xlsx"
                label={t('reports.portfolioXlsx')}
                hint={t('reports.portfolioXlsx')}
                fallbackName="portfolio.xlsx"
              />
            </>
          ) : null}
          {canApplyTemplates && clients.length > 0 ? (
            <Button variant="default" onClick={openTemplate}>
              {t('registers.bulk.open')}
            </Button>
          ) : null}
          {canCreate && clients.length > 0 ? (
            <Button onClick={openCreate}>{t('portfolio.create.open')}</Button>
          ) : null}
        </Group>
      </Group>
      {created ? (
        <Alert
          color="green"
          role="status"
          mb="md"
          withCloseButton
          onClose={() => setCreated(null)}
          closeButtonLabel={t('common.close')}
        >
          {t('portfolio.create.done', { name: created.name })}{' '}
          <Anchor component={Link} to={`/clients/${created.id}`}>
            {t('portfolio.create.openClient')}
          </Anchor>
        </Alert>
      ) : null}
      {clients.length > 0 ? (
        <>
          <SummaryCards />
          <Suspense fallback={<Skeleton h={260} mb="md" />}>
            <PortfolioCharts />
          </Suspense>
        </>
      ) : null}
      <ClientList
        clients={clients}
        totalCount={totalCount}
        complete={complete}
        loading={loading}
        error={error}
        onRetry={refetch}
        onCreate={canCreate ? openCreate : null}
      />
      {templateOpened ? <ApplyTemplateModal opened onClose={closeTemplate} /> : null}
      <CreateClientModal
        opened={createOpened}
        onClose={closeCreate}
        onCreated={(client) => {
          add(client);
          setCreated({ id: client.id, name: client.name });
        }}
      />
    </>
  );
};
