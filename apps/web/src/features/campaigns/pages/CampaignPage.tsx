import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../../shared/format/useFormat';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useCampaign } from '../hooks/useCampaigns';

/** A campaign's progress: per client how many questions are answered and verified, and who is overdue. */
export const CampaignPage = () => {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { campaignId = '' } = useParams();
  const { campaign, loading, error, refetch } = useCampaign(campaignId);
  if (loading) return <Loading minHeight={200} />;
  if (error || !campaign) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const total = campaign.questions.length;
  const english = i18n.resolvedLanguage === 'en';
  const p = campaign.progress;

  return (
    <Stack gap="lg">
      <PageHeader
        title={campaign.title}
        description={
          campaign.dueAt ? t('campaigns.detail.due', { date: format.date(campaign.dueAt) }) : undefined
        }
      />
      <Text style={{ whiteSpace: 'pre-wrap' }}>{campaign.body}</Text>
      <Group gap="xs" aria-label={t('campaigns.detail.progress')}>
        <Badge variant="light" color="gray">
          {t('campaigns.detail.clients', { count: p.clients })}
        </Badge>
        <Badge variant="light" color="blue">
          {t('campaigns.detail.complete', { count: p.complete })}
        </Badge>
        <Badge variant="light" color="blue">
          {t('campaigns.detail.verified', { count: p.verified })}
        </Badge>
        <Badge variant="light" color="red">
          {t('campaigns.detail.overdue', { count: p.overdue })}
        </Badge>
      </Group>
      {total > 0 ? (
        <>
          <Title order={2} size="h4">
            {t('campaigns.detail.questions')}
          </Title>
          <Stack gap={4} component="ol" pl="md" m={0}>
            {campaign.questions.map((q) => (
              <Text component="li" key={q.key} size="sm">
                {english ? q.textEn : q.textDe}
              </Text>
            ))}
          </Stack>
        </>
      ) : null}
      <Table aria-label={t('campaigns.detail.byClient')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.detail.client')}</Table.Th>
            <Table.Th>{t('campaigns.detail.answered')}</Table.Th>
            <Table.Th>{t('campaigns.detail.verifiedColumn')}</Table.Th>
            <Table.Th>{t('campaigns.detail.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaign.clients.map((c) => (
            <Table.Tr key={c.clientId}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${c.clientId}?tab=advice`}>
                  {c.clientName}
                </Anchor>
              </Table.Td>
              <Table.Td>{t('campaigns.detail.ofTotal', { done: c.answered, total })}</Table.Td>
              <Table.Td>{t('campaigns.detail.ofTotal', { done: c.verified, total })}</Table.Td>
              <Table.Td>
                {c.complete ? (
                  t('campaigns.detail.done')
                ) : c.overdue ? (
                  <Badge color="red">{t('campaigns.detail.isOverdue')}</Badge>
                ) : (
                  t('campaigns.detail.open')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
};
