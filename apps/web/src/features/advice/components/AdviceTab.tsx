import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useClientAdvice } from '../hooks/useClientAdvice';
import { AdviceCard } from './AdviceCard';
import { CampaignsCard } from './CampaignsCard';
import { RecordAdviceForm } from './RecordAdviceForm';

/**
 * The advice record (Beratungsnachweis): the DPO records advice, the client's admin accepts or declines it; and the
 * campaigns the client received, with their questions.
 */
export const AdviceTab = () => {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const viewer = useViewer();
  const { advice, loading, error, refetch } = useClientAdvice(clientId);
  // The same rule as the api's (docs/judgement.md): the DPO records, the client's admin answers.
  const canRecord = viewer.role === 'OWNER' || viewer.role === 'DPO';
  const canAcknowledge = viewer.role === 'CLIENT_ADMIN';

  if (loading) return <Loading minHeight={120} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="lg">
      <CampaignsCard clientId={clientId} />
      {canRecord ? <RecordAdviceForm clientId={clientId} /> : null}
      {advice.length === 0 ? <Text c="dimmed">{t('advice.empty')}</Text> : null}
      {advice.map((a) => (
        <AdviceCard key={a.id} advice={a} canAcknowledge={canAcknowledge} />
      ))}
    </Stack>
  );
};
