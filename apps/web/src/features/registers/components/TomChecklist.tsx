import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TomGoal, TomStatus } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useTechnicalMeasures } from '../hooks/useRegisters';

const GOALS: TomGoal[] = [
  'CONFIDENTIALITY',
  'INTEGRITY',
  'AVAILABILITY',
  'RESILIENCE',
  'RECOVERABILITY',
  'REGULAR_TESTING',
];
const STATUSES: TomStatus[] = ['IMPLEMENTED', 'PARTIAL', 'PLANNED', 'NOT_APPLICABLE'];

/** The TOM checklist by Art. 32 goal, a status per measure. */
export const TomChecklist = ({ clientId, canWrite }: { clientId: string; canWrite: boolean }) => {
  const { t, i18n } = useTranslation();
  const { measures, loading, error, setStatus } = useTechnicalMeasures(clientId);
  if (loading) return <Loading minHeight={80} />;
  if (error) return <ErrorAlert error={error} />;
  const english = i18n.language.startsWith('en');

  return (
    <Stack gap="md">
      {GOALS.map((goal) => (
        <div key={goal}>
          <Title order={4} size="h5" mb="xs">
            {t(`registers.toms.goals.${goal}`)}
          </Title>
          <Table fz="sm" withTableBorder>
            <Table.Tbody>
              {measures
                .filter((m) => m.goal === goal)
                .map((m) => (
                  <Table.Tr key={m.measureId}>
                    <Table.Td>{english ? m.titleEn : m.title}</Table.Td>
                    <Table.Td w={220}>
                      <Select
                        aria-label={t('registers.toms.statusOf', { title: english ? m.titleEn : m.title })}
                        placeholder={t('registers.toms.notAssessed')}
                        data={STATUSES.map((value) => ({
                          value,
                          label: t(`registers.toms.status.${value}`),
                        }))}
                        value={m.status ?? null}
                        disabled={!canWrite}
                        onChange={(value) => {
                          if (value) void setStatus(m.measureId, value);
                        }}
                        allowDeselect={false}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
      {measures.length === 0 ? <Text c="dimmed">{t('registers.toms.empty')}</Text> : null}
    </Stack>
  );
};
