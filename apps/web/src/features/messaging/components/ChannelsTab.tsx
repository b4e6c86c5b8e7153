import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { ShownOnceAlert } from '../../../shared/ui/ShownOnceAlert';
import type { ChannelSecrets } from '../hooks/useChannelMutations';
import { useMessagingChannels } from '../hooks/useMessagingChannels';
import { ChannelCard } from './ChannelCard';
import { CreateChannelCard } from './CreateChannelCard';

/** "Kanäle": the client's WhatsApp webhook channels, their setup, keywords and delivery log. */
export const ChannelsTab = () => {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const { channels, loading, error, refetch } = useMessagingChannels(clientId);
  const [shown, setShown] = useState<ChannelSecrets | null>(null);

  if (loading) return <Loading minHeight={120} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  const reveal = async (secrets: ChannelSecrets | null) => {
    setShown(secrets);
    await refetch();
  };

  return (
    <Stack gap="lg">
      <CreateChannelCard clientId={clientId} onCreated={reveal} />
      {shown ? (
        <Stack gap="xs" data-testid="channel-secrets">
          <ShownOnceAlert color="blue" title={t('channels.webhookUrl')} value={shown.webhookUrl} />
          {shown.verifyToken ? (
            <ShownOnceAlert color="blue" title={t('channels.verifyToken')} value={shown.verifyToken} />
          ) : null}
          <ShownOnceAlert
            color="blue"
            title={t('channels.secret')}
            description={t('channels.secretOnce')}
            value={shown.secret}
            valueTestId="channel-secret"
          >
            <Button size="xs" variant="light" onClick={() => setShown(null)}>
              {t('channels.secretStored')}
            </Button>
          </ShownOnceAlert>
        </Stack>
      ) : null}
      {channels.length === 0 ? <Text c="dimmed">{t('channels.empty')}</Text> : null}
      {channels.map((channel) => (
        <ChannelCard
          key={channel.id}
          clientId={clientId}
          channel={channel}
          onRotated={reveal}
          onChanged={refetch}
        />
      ))}
    </Stack>
  );
};
