import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../../shared/format/useFormat';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { CreateCampaignModal } from '../components/CreateCampaignModal';
import { useCampaigns } from '../hooks/useCampaigns';

/** The firm's campaigns, newest first; the DPO starts one here (docs/judgement.md § Campaigns). */
export const CampaignsPage = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const viewer = useViewer();
  const { campaigns, loading, error, refetch } = useCampaigns();
  const [creating, setCreating] = useState(false);
  // Publishing is the DPO's: OWNER and DPO (the api checks it too).
  const canCreate = viewer.role === 'OWNER' || viewer.role === 'DPO';

  if (loading) return <Loading minHeight={200} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('campaigns.list.title')} description={t('campaigns.list.description')} />
      {canCreate ? (
        <Button onClick={() => setCreating(true)} w="fit-content">
          {t('campaigns.create.open')}
        </Button>
      ) : null}
      {campaigns.length === 0 ? (
        <Text c="dimmed">{t('campaigns.list.empty')}</Text>
      ) : (
        <Table aria-label={t('campaigns.list.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('campaigns.list.name')}</Table.Th>
              <Table.Th>{t('campaigns.list.created')}</Table.Th>
              <Table.Th>{t('campaigns.list.due')}</Table.Th>
              <Table.Th>{t('campaigns.list.clients')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaigns.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/campaigns/${c.id}`}>
                    {c.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{format.date(c.createdAt)}</Table.Td>
                <Table.Td>{c.dueAt ? format.date(c.dueAt) : '–'}</Table.Td>
                <Table.Td>{c.clientCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating ? (
        <CreateCampaignModal
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(`/campaigns/${id}`)}
        />
      ) : null}
    </Stack>
  );
};
