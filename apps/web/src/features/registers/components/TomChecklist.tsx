import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TomGoal } from '../../../gql/graphql';
import { useClientDocuments } from '../../documents/hooks/useClientDocuments';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useTechnicalMeasures } from '../hooks/useRegisters';
import { TomRow } from './TomRow';

const GOALS: TomGoal[] = [
  'CONFIDENTIALITY',
  'INTEGRITY',
  'AVAILABILITY',
  'RESILIENCE',
  'RECOVERABILITY',
  'REGULAR_TESTING',
];

/** The TOM checklist by Art. 32 goal: per measure a status, a note and a document as evidence. */
export const TomChecklist = ({ clientId, canWrite }: { clientId: string; canWrite: boolean }) => {
  const { t } = useTranslation();
  const { measures, loading, error, setStatus } = useTechnicalMeasures(clientId);
  const { documents } = useClientDocuments(clientId);
  if (loading) return <Loading minHeight={80} />;
  if (error) return <ErrorAlert error={error} />;

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
                  <TomRow
                    key={m.measureId}
                    measure={m}
                    documents={documents}
                    canWrite={canWrite}
                    onSave={(status, details) => setStatus(m.measureId, status, details)}
                  />
                ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
      {measures.length === 0 ? <Text c="dimmed">{t('registers.toms.empty')}</Text> : null}
    </Stack>
  );
};
