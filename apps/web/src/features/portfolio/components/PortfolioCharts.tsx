import '@mantine/charts/styles.css';
import { AreaChart, BarChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Skeleton, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceLevel } from '../../../gql/graphql';
import { LEVEL_COLORS } from '../../../shared/compliance/LevelBadge';
import { useFormat } from '../../../shared/format/useFormat';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { usePortfolioHistory } from '../hooks/usePortfolioHistory';
import { usePortfolioSummary } from '../hooks/usePortfolioSummary';

const LEVELS: readonly ComplianceLevel[] = ['RED', 'AMBER', 'GREEN'];
const HISTORY_DAYS = 90;
const CHART_HEIGHT = 220;
const OPEN_COLOR = 'blue.7';
const OVERDUE_COLOR = 'red.8';
// Screen readers get each chart's figures as text; the drawing itself is hidden from them and not focusable.
const HIDDEN_CHART = { accessibilityLayer: false, 'aria-hidden': true } as const;

type Counts = { level: ComplianceLevel; count: number }[];
const countOf = (byLevel: Counts, level: ComplianceLevel): number =>
  byLevel.find((entry) => entry.level === level)?.count ?? 0;
// A calendar day at noon: formatted in any time zone it stays the same date.
const noonOf = (day: string): Date => new Date(`${day}T12:00:00`);

const ChartPanel = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
    <Title order={2} size="h4" id={id} mb="sm">
      {title}
    </Title>
    {children}
  </Paper>
);

/** Clients by level today, and the portfolio over the last 90 days (loaded lazily: recharts is large). */
export const PortfolioCharts = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const { summary, error: summaryError, retry: retrySummary } = usePortfolioSummary();
  const { history, error: historyError, retry: retryHistory } = usePortfolioHistory(HISTORY_DAYS);
  const levelName = (level: ComplianceLevel) => t(`compliance.level.${level}`);

  const byLevel = useMemo(() => {
    const counts = summary?.byLevel ?? [];
    // One series per level, each bar carrying only its own: every bar gets its level's colour.
    return LEVELS.map((level) => ({ name: t(`compliance.level.${level}`), [level]: countOf(counts, level) }));
  }, [summary, t]);

  const days = useMemo(
    () =>
      (history ?? []).map((snapshot) => ({
        day: format.date(noonOf(snapshot.day), { day: '2-digit', month: '2-digit' }),
        RED: countOf(snapshot.byLevel, 'RED'),
        AMBER: countOf(snapshot.byLevel, 'AMBER'),
        GREEN: countOf(snapshot.byLevel, 'GREEN'),
        openTasks: snapshot.openTasks,
        overdueTasks: snapshot.overdueTasks,
      })),
    [history, format],
  );

  const levelSeries = LEVELS.map((level) => ({
    name: level,
    label: levelName(level),
    color: LEVEL_COLORS[level],
  }));
  // What both charts over time share: one point per day, dots only while there is a single day.
  const historyProps = {
    h: CHART_HEIGHT,
    data: days,
    dataKey: 'day',
    curveType: 'monotone',
    withDots: days.length < 2,
    withLegend: true,
    gridAxis: 'y',
    yAxisProps: { allowDecimals: false },
    ...HIDDEN_CHART,
  } as const;
  const first = days[0];
  const last = days.at(-1);

  const historyBody = (render: () => ReactNode) => {
    if (historyError) return <ErrorAlert error={historyError} onRetry={retryHistory} />;
    if (!history) return <Skeleton h={CHART_HEIGHT} />;
    return (
      <>
        {render()}
        {days.length < 2 ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('portfolio.charts.startsToday')}
          </Text>
        ) : null}
      </>
    );
  };

  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} mb="md">
      <ChartPanel id="chart-by-level" title={t('portfolio.charts.byLevel')}>
        {summaryError ? (
          <ErrorAlert error={summaryError} onRetry={retrySummary} />
        ) : summary ? (
          <>
            <BarChart
              h={CHART_HEIGHT}
              data={byLevel}
              dataKey="name"
              type="stacked"
              series={levelSeries}
              withTooltip={false}
              gridAxis="y"
              yAxisProps={{ allowDecimals: false }}
              {...HIDDEN_CHART}
            />
            <VisuallyHidden>
              <Table>
                <Table.Tbody>
                  {LEVELS.map((level) => (
                    <Table.Tr key={level}>
                      <Table.Th scope="row">{levelName(level)}</Table.Th>
                      <Table.Td>{format.number(countOf(summary?.byLevel ?? [], level))}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </VisuallyHidden>
          </>
        ) : (
          <Skeleton h={CHART_HEIGHT} />
        )}
      </ChartPanel>
      <ChartPanel id="chart-history" title={t('portfolio.charts.history', { count: HISTORY_DAYS })}>
        {historyBody(() => (
          <>
            <AreaChart {...historyProps} type="stacked" series={levelSeries} />
            {first && last ? (
              <VisuallyHidden>
                {t('portfolio.charts.historySummary', {
                  from: first.day,
                  to: last.day,
                  redFrom: first.RED,
                  redTo: last.RED,
                  greenFrom: first.GREEN,
                  greenTo: last.GREEN,
                })}
              </VisuallyHidden>
            ) : null}
          </>
        ))}
      </ChartPanel>
      <ChartPanel id="chart-tasks" title={t('portfolio.charts.tasks', { count: HISTORY_DAYS })}>
        {historyBody(() => (
          <>
            <LineChart
              {...historyProps}
              series={[
                { name: 'openTasks', label: t('portfolio.charts.openTasks'), color: OPEN_COLOR },
                { name: 'overdueTasks', label: t('portfolio.charts.overdueTasks'), color: OVERDUE_COLOR },
              ]}
            />
            {first && last ? (
              <VisuallyHidden>
                {t('portfolio.charts.tasksSummary', {
                  from: first.day,
                  to: last.day,
                  openFrom: first.openTasks,
                  openTo: last.openTasks,
                  overdueFrom: first.overdueTasks,
                  overdueTo: last.overdueTasks,
                })}
              </VisuallyHidden>
            ) : null}
          </>
        ))}
      </ChartPanel>
    </SimpleGrid>
  );
};
