import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LevelBadgeView } from '../../../shared/compliance/LevelBadge';
import type { Formatters } from '../../../shared/format/formatters';
import { useFormat } from '../../../shared/format/useFormat';
import type { PortfolioClient } from '../hooks/usePortfolioClients';
import classes from './ClientsTable.module.css';

export type SortKey = 'level' | 'name' | 'score' | 'openTaskCount' | 'nextReviewAt' | 'consents';
export type SortState = { key: SortKey; direction: 'asc' | 'desc' };

type ClientsTableProps = {
  clients: readonly PortfolioClient[];
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  caption: string;
};

const ROW_HEIGHT = 44;
const COLUMN_COUNT = 6;

const SortIcon = ({ direction }: { direction: 'asc' | 'desc' | null }) => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d="M6 2 9.5 5.5h-7z" fill="currentColor" opacity={direction === 'asc' ? 1 : 0.3} />
    <path d="M6 10 2.5 6.5h7z" fill="currentColor" opacity={direction === 'desc' ? 1 : 0.3} />
  </svg>
);

type ClientRowProps = { client: PortfolioClient; rowIndex: number; t: TFunction; format: Formatters };

// Memoised: while scrolling, rows that stay in view are not rendered again.
const ClientRow = memo(({ client, rowIndex, t, format }: ClientRowProps) => (
  <Table.Tr aria-rowindex={rowIndex} h={ROW_HEIGHT}>
    <Table.Td>
      <LevelBadgeView
        level={client.compliance.level}
        size="sm"
        label={t(`compliance.level.${client.compliance.level}`)}
      />
    </Table.Td>
    <Table.Td>
      <Anchor component={Link} to={`/clients/${client.id}`} className={classes.nameLink}>
        {client.name}
      </Anchor>
      {client.breachDeadline ? (
        <Text span size="xs" c="red.9" fw={700} ml="xs">
          {t('portfolio.breachClock', { at: format.dateTime(client.breachDeadline) })}
        </Text>
      ) : null}
      {client.archived ? (
        <Text span size="xs" c="dimmed" ml="xs">
          {t('portfolio.archived')}
        </Text>
      ) : null}
    </Table.Td>
    <Table.Td className={classes.number}>{format.number(client.compliance.score)}</Table.Td>
    <Table.Td className={classes.number}>{format.number(client.openTaskCount)}</Table.Td>
    <Table.Td>{client.nextReviewAt ? format.date(client.nextReviewAt) : '–'}</Table.Td>
    <Table.Td className={classes.number}>{format.number(client.consentStats.confirmed)}</Table.Td>
  </Table.Tr>
));
ClientRow.displayName = 'ClientRow';

// Only the rows in view are in the DOM; spacer rows keep the scroll height, so the table
// semantics (header cells, aria-rowcount/-rowindex) still hold for screen readers.
export const ClientsTable = ({ clients, sort, onSortChange, caption }: ClientsTableProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: clients.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // About half a screen of rows (≈ 12 in view) on either side: enough for wheel and keyboard scrolling, while a
    // jump (scrollbar drag) renders few rows at once (bench/web.md).
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <Table.Th aria-sort={ariaSort} scope="col">
        <UnstyledButton
          className={classes.sortButton}
          onClick={() =>
            onSortChange({ key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })
          }
        >
          {label}
          <SortIcon direction={active ? sort.direction : null} />
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      // Scrollable regions must be reachable by keyboard.
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table stickyHeader highlightOnHover aria-rowcount={clients.length + 1} layout="fixed" miw={760}>
        <colgroup>
          <col style={{ width: 110 }} />
          <col />
          <col style={{ width: 90 }} />
          <col style={{ width: 120 }} />
          <col style={{ width: 140 }} />
          <col style={{ width: 130 }} />
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {header('level', t('portfolio.columns.level'))}
            {header('name', t('portfolio.columns.name'))}
            {header('score', t('portfolio.columns.score'))}
            {header('openTaskCount', t('portfolio.columns.openTasks'))}
            {header('nextReviewAt', t('portfolio.columns.nextReview'))}
            {header('consents', t('portfolio.columns.consents'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={COLUMN_COUNT} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const client = clients[item.index];
            return client ? (
              <ClientRow key={client.id} client={client} rowIndex={item.index + 2} t={t} format={format} />
            ) : null;
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={COLUMN_COUNT} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
};
