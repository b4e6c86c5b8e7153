import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplianceLevel } from '../../../gql/graphql';
import { LevelBadge } from '../../../shared/compliance/LevelBadge';
import { useFormat } from '../../../shared/format/useFormat';
import { usePortfolioSummary } from '../hooks/usePortfolioSummary';

const LEVELS: readonly ComplianceLevel[] = ['RED', 'AMBER', 'GREEN'];

const Card = ({ label, value }: { label: React.ReactNode; value: string }) => (
  <Paper withBorder p="sm" radius="md">
    <Text size="sm" c="dimmed" component="div">
      {label}
    </Text>
    <Text fz="xl" fw={700}>
      {value}
    </Text>
  </Paper>
);

export const PortfolioSummaryCards = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const { summary, loading, error } = usePortfolioSummary();
  // The table below carries the same facts; a failed summary stays quiet instead of alarming twice.
  if (error) return null;
  if (loading || !summary) return <Skeleton h={72} mb="md" />;
  const countFor = (level: ComplianceLevel) =>
    summary.byLevel.find((entry) => entry.level === level)?.count ?? 0;
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: 6 }}
      mb="md"
      component="section"
      aria-label={t('portfolio.summary.label')}
    >
      <Card label={t('portfolio.summary.clients')} value={format.number(summary.clientCount)} />
      {LEVELS.map((level) => (
        <Card
          key={level}
          label={<LevelBadge level={level} size="sm" />}
          value={format.number(countFor(level))}
        />
      ))}
      <Card label={t('portfolio.summary.openTasks')} value={format.number(summary.openTasks)} />
      <Card label={t('portfolio.summary.reviewsDue')} value={format.number(summary.reviewsDue)} />
    </SimpleGrid>
  );
};
