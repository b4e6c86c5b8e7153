import {
  Alert,
  Anchor,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure, useDebouncedValue } from '@mantine/hooks';
import { lazy, memo, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleAllows } from '@klarsicht/shared';
import type { ComplianceLevel } from '../../../gql/graphql';
import { useFormat } from '../../../shared/i18n/useFormat';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ClientsTable, type SortState } from '../components/ClientsTable';
import { CreateClientModal } from '../components/CreateClientModal';
import { PortfolioSummaryCards } from '../components/PortfolioSummaryCards';
import { type PortfolioClient, usePortfolioClients } from '../hooks/usePortfolioClients';

// The charts pull in recharts: loaded after the page, so the table does not wait for them. Memoised (like the
// cards): they have their own queries, and redrawing them on every page of clients, sort or keystroke cost
// long tasks of up to ~190 ms (bench/web.md).
const PortfolioCharts = lazy(async () => ({ default: memo((await import('../components/PortfolioCharts')).PortfolioCharts) }));
const SummaryCards = memo(PortfolioSummaryCards);

const LEVEL_RANK: Record<ComplianceLevel, number> = { RED: 0, AMBER: 1, GREEN: 2 };
// No review date sorts after every date, in both directions.
const NO_DATE = '9999';

const compare = (sort: SortState, collator: Intl.Collator) => (a: PortfolioClient, b: PortfolioClient) => {
  const byKey = (): number => {
    switch (sort.key) {
      case 'level':
        return LEVEL_RANK[a.compliance.level] - LEVEL_RANK[b.compliance.level] || a.compliance.score - b.compliance.score;
      case 'score':
        return a.compliance.score - b.compliance.score;
      case 'openTaskCount':
        return a.openTaskCount - b.openTaskCount;
      case 'nextReviewAt':
        return (a.nextReviewAt ?? NO_DATE).localeCompare(b.nextReviewAt ?? NO_DATE);
      case 'consents':
        return a.consentStats.confirmed - b.consentStats.confirmed;
      case 'name':
        return 0;
    }
  };
  const result = byKey() || collator.compare(a.name, b.name);
  return sort.direction === 'asc' ? result : -result;
};

type LevelFilter = ComplianceLevel | 'ALL';

export const PortfolioPage = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const canCreate = roleAllows(viewer.role, 'clients', 'write');
  const { clients, totalCount, complete, loading, error, refetch, add } = usePortfolioClients();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 150);
  const [sort, setSort] = useState<SortState>({ key: 'level', direction: 'asc' });
  const [level, setLevel] = useState<LevelFilter>('ALL');
  const [createOpened, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);

  const visible = useMemo(() => {
    const collator = new Intl.Collator(format.locale, { sensitivity: 'base', numeric: true });
    const needle = debouncedSearch.trim().toLocaleLowerCase(format.locale);
    const filtered = clients.filter(
      (client) =>
        (level === 'ALL' || client.compliance.level === level) &&
        (!needle || client.name.toLocaleLowerCase(format.locale).includes(needle)),
    );
    return filtered.sort(compare(sort, collator));
  }, [clients, debouncedSearch, format.locale, level, sort]);

  const renderBody = () => {
    if (loading) {
      return (
        <Center mih={200} role="status">
          <Loader aria-label={t('portfolio.loading')} />
        </Center>
      );
    }
    if (error) return <ErrorAlert error={error} onRetry={refetch} />;
    if (clients.length === 0) {
      return (
        <EmptyState mt="xl">
          <EmptyState.Title order={2}>{t('portfolio.empty.title')}</EmptyState.Title>
          <EmptyState.Description>{t('portfolio.empty.description')}</EmptyState.Description>
          {canCreate ? (
            <EmptyState.Actions>
              <Button onClick={openCreate}>{t('portfolio.create.open')}</Button>
            </EmptyState.Actions>
          ) : null}
        </EmptyState>
      );
    }
    return (
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <TextInput
            type="search"
            label={t('portfolio.search')}
            placeholder={t('portfolio.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <SegmentedControl
            aria-label={t('portfolio.levelFilter')}
            value={level}
            onChange={(value) => setLevel(value as LevelFilter)}
            data={[
              { value: 'ALL', label: t('portfolio.allLevels') },
              { value: 'RED', label: t('compliance.level.RED') },
              { value: 'AMBER', label: t('compliance.level.AMBER') },
              { value: 'GREEN', label: t('compliance.level.GREEN') },
            ]}
          />
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {complete
              ? t('portfolio.count', { count: visible.length, total: totalCount })
              : t('portfolio.loadingMore', { loaded: clients.length, total: totalCount })}
          </Text>
        </Group>
        {visible.length === 0 ? (
          <Text c="dimmed" py="lg" ta="center">
            {t('portfolio.noMatch')}
          </Text>
        ) : (
          <ClientsTable clients={visible} sort={sort} onSortChange={setSort} caption={t('portfolio.tableLabel')} />
        )}
      </Stack>
    );
  };

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader
          title={t('portfolio.title')}
          description={t('portfolio.asOf', { date: format.date(new Date(), { dateStyle: 'long' }) })}
        />
        {canCreate && clients.length > 0 ? <Button onClick={openCreate}>{t('portfolio.create.open')}</Button> : null}
      </Group>
      {created ? (
        <Alert color="green" role="status" mb="md" withCloseButton onClose={() => setCreated(null)} closeButtonLabel={t('common.close')}>
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
      {renderBody()}
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
