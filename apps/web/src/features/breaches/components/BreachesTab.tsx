import { roleAllows } from '@klarsicht/shared';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useClientBreaches } from '../hooks/useClientBreaches';
import { BreachCard } from './BreachCard';
import { ReportBreachForm } from './ReportBreachForm';

/** A client's breach register (Art. 33(5)): report, the 72-hour clock, the draft, mark notified. */
export const BreachesTab = () => {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const viewer = useViewer();
  const canWrite = roleAllows(viewer.role, 'requests', 'write');
  const { breaches, loading, error, refetch } = useClientBreaches(clientId);

  if (loading) return <Loading minHeight={120} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="lg">
      {canWrite ? <ReportBreachForm clientId={clientId} /> : null}
      {breaches.length === 0 ? <Text c="dimmed">{t('breaches.empty')}</Text> : null}
      {breaches.map((breach) => (
        <BreachCard key={breach.id} breach={breach} canWrite={canWrite} />
      ))}
    </Stack>
  );
};
