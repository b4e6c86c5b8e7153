import { isClientRole } from '@klarsicht/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import {
  AnswerCampaignQuestionMutation,
  ClientCampaignsQuery,
  VerifyCampaignAnswersMutation,
} from '../graphql/campaigns';

/** The campaigns the client received (docs/judgement.md § Campaigns): answer the new questions; the DPO confirms. */
export const CampaignsCard = ({ clientId }: { clientId: string }) => {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const firm = !isClientRole(useViewer().role);
  const { data, error, refetch } = useQuery(ClientCampaignsQuery, { variables: { id: clientId } });
  const refresh = {
    refetchQueries: [
      { query: ClientCampaignsQuery, variables: { id: clientId } },
      { query: ClientDetailQuery, variables: { id: clientId } },
    ],
    awaitRefetchQueries: true,
  };
  const [answer, answering] = useMutation(AnswerCampaignQuestionMutation, refresh);
  const [verify, verifying] = useMutation(VerifyCampaignAnswersMutation, refresh);
  const [problem, setProblem] = useState<unknown>(null);
  const campaigns = data?.client?.campaigns ?? [];
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (campaigns.length === 0) return null;
  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
    } catch (failure) {
      setProblem(failure);
    }
  };

  return (
    <Stack gap="md">
      {campaigns.map((campaign) => (
        <Card withBorder component="article" aria-label={campaign.title} key={campaign.id}>
          <Group justify="space-between">
            <Title order={3} fz="md">
              {campaign.title}
            </Title>
            <Badge variant="light" color="blue">
              {t('campaigns.badge')}
            </Badge>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb="xs">
            {campaign.body}
          </Text>
          {campaign.dueAt ? (
            <Text size="xs" c="dimmed" mb="xs">
              {t('campaigns.dueAt', { date: new Date(campaign.dueAt).toLocaleDateString(i18n.language) })}
            </Text>
          ) : null}
          <Stack gap="xs">
            {campaign.questions.map((q) => (
              <Radio.Group
                key={q.key}
                label={english ? q.textEn : q.textDe}
                description={
                  q.state === 'VERIFIED'
                    ? t('campaigns.states.VERIFIED')
                    : q.state === 'CLAIMED'
                      ? t('campaigns.states.CLAIMED')
                      : t('campaigns.open')
                }
                value={q.value === null ? null : q.value ? 'yes' : 'no'}
                onChange={(value) =>
                  void run(() =>
                    answer({
                      variables: {
                        input: { campaignId: campaign.id, clientId, key: q.key, value: value === 'yes' },
                      },
                    }),
                  )
                }
              >
                <Group gap="lg" mt={4}>
                  <Radio value="yes" label={t('whatsapp.answer.yes')} disabled={answering.loading} />
                  <Radio value="no" label={t('whatsapp.answer.no')} disabled={answering.loading} />
                </Group>
              </Radio.Group>
            ))}
          </Stack>
          {firm && campaign.questions.some((q) => q.state === 'CLAIMED') ? (
            <Group mt="sm">
              <Button
                size="xs"
                loading={verifying.loading}
                onClick={() => void run(() => verify({ variables: { campaignId: campaign.id, clientId } }))}
              >
                {t('campaigns.verify')}
              </Button>
            </Group>
          ) : null}
        </Card>
      ))}
      {problem ? <ErrorAlert error={problem} /> : null}
    </Stack>
  );
};
