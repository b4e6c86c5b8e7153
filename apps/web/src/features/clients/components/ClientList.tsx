import {
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceLevel } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import type { PortfolioClient } from '../hooks/usePortfolioClients';
import { ClientsTable, type SortState } from './ClientsTable';

const LEVEL_RANK: Record<ComplianceLevel, number> = { RED: 0, AMBER: 1, GREEN: 2 };
// No review date sorts after every date, in both directions.
const NO_DATE = '9999';

const compare = (sort: SortState, collator: Intl.Collator) => (a: PortfolioClient, b: PortfolioClient) => {
  // A running breach clock (Art. 33) comes first whatever the sort, the soonest deadline on top.
  if (a.breachDeadline || b.breachDeadline)
    return (
      (a.breachDeadline ?? NO_DATE).localeCompare(b.breachDeadline ?? NO_DATE) ||
      collator.compare(a.name, b.name)
    );
  const byKey = (): number => {
    switch (sort.key) {
      case 'level':
        return (
          LEVEL_RANK[a.compliance.level] - LEVEL_RANK[b.compliance.level] ||
          a.compliance.score - b.compliance.score
        );
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

type ClientListProps = {
  clients: readonly PortfolioClient[];
  totalCount: number;
  complete: boolean;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  // Offered in the empty state; null when the viewer may not create clients.
  onCreate: (() => void) | null;
};

/** The firm's clients: searched, filtered by level and sorted in the browser. */
export const ClientList = ({
  clients,
  totalCount,
  complete,
  loading,
  error,
  onRetry,
  onCreate,
}: ClientListProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 150);
  const [sort, setSort] = useState<SortState>({ key: 'level', direction: 'asc' });
  const [level, setLevel] = useState<LevelFilter>('ALL');

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

  if (loading) {
    return (
      <Center mih={200} role="status">
        <Loader aria-label={t('portfolio.loading')} />
      </Center>
    );
  }
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (clients.length === 0) {
    return (
      <EmptyState mt="xl">
        <EmptyState.Title order={2}>{t('portfolio.empty.title')}</EmptyState.Title>
        <EmptyState.Description>{t('portfolio.empty.description')}</EmptyState.Description>
        {onCreate ? (
          <EmptyState.Actions>
            <Button onClick={onCreate}>{t('portfolio.create.open')}</Button>
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
          onChange={(value) => setLevel(value)}
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
        <ClientsTable
          clients={visible}
          sort={sort}
          onSortChange={setSort}
          caption={t('portfolio.tableLabel')}
        />
      )}
    </Stack>
  );
};
