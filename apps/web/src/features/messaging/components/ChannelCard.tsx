import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  List,
  MultiSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentPurpose } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { DataTable } from '../../../shared/ui/DataTable';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { type ChannelSecrets, useChannelMutations } from '../hooks/useChannelMutations';
import type { MessagingChannel } from '../hooks/useMessagingChannels';

type ChannelCardProps = {
  clientId: string;
  channel: MessagingChannel;
  onRotated: (secrets: ChannelSecrets | null) => Promise<void>;
  onChanged: () => Promise<unknown>;
};

const PURPOSES: ConsentPurpose[] = ['SERVICE', 'MARKETING', 'TRANSACTIONAL'];
const META_STEPS = ['meta1', 'meta2', 'meta3'] as const;
const TWILIO_STEPS = ['twilio1', 'twilio2', 'twilio3'] as const;
const words = (value: string): string[] =>
  value
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

/** One channel: how to set it up at the provider, its keywords, and what arrived (no message content). */
export const ChannelCard = ({ clientId, channel, onRotated, onChanged }: ChannelCardProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { rotateSecret, updateKeywords, busy } = useChannelMutations(clientId);
  const [keywords, setKeywords] = useState({
    optOut: channel.optOutKeywords.join(', '),
    confirm: channel.confirmKeywords.join(', '),
    purposes: channel.optOutPurposes,
  });
  const { formError, applyApiError, reset } = useFieldErrors<'optOutKeywords'>();
  const headingId = `channel-${channel.id}`;

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    try {
      await updateKeywords(channel.id, {
        optOutKeywords: words(keywords.optOut),
        confirmKeywords: words(keywords.confirm),
        optOutPurposes: keywords.purposes,
      });
      await onChanged();
    } catch (problem) {
      applyApiError(problem, []);
    }
  };

  const rotate = async () => {
    reset();
    try {
      await onRotated(await rotateSecret(channel.id));
    } catch (problem) {
      applyApiError(problem, []);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="lg" id={headingId}>
          {t(`channels.providers.${channel.provider}`)} · {channel.maskedPhoneNumber}
        </Title>
        <Button size="xs" variant="light" onClick={() => void rotate()} loading={busy}>
          {t('channels.rotate')}
        </Button>
      </Group>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={600}>
            {t('channels.webhookUrl')}
          </Text>
          <Code style={{ wordBreak: 'break-all' }}>{channel.webhookUrl}</Code>
        </div>
        {channel.previousSecretValidUntil ? (
          <Text size="sm">
            {t('channels.graceUntil', { date: format.dateTime(channel.previousSecretValidUntil) })}
          </Text>
        ) : null}
        <div>
          <Text size="sm" fw={600}>
            {t('channels.setup')}
          </Text>
          <List size="sm" type="ordered">
            {(channel.provider === 'TWILIO' ? TWILIO_STEPS : META_STEPS).map((step) => (
              <List.Item key={step}>{t(`channels.steps.${step}`)}</List.Item>
            ))}
          </List>
        </div>
        <form onSubmit={(event) => void save(event)} aria-label={t('channels.keywords')} noValidate>
          <Group align="flex-end">
            <TextInput
              label={t('channels.optOutKeywords')}
              value={keywords.optOut}
              onChange={(e) => setKeywords({ ...keywords, optOut: e.currentTarget.value })}
              w={320}
            />
            <MultiSelect
              label={t('channels.optOutPurposes')}
              value={keywords.purposes}
              onChange={(v) => setKeywords({ ...keywords, purposes: v })}
              data={PURPOSES.map((p) => ({ value: p, label: t(`consent.purpose.${p}`) }))}
              w={280}
            />
            <TextInput
              label={t('channels.confirmKeywords')}
              value={keywords.confirm}
              onChange={(e) => setKeywords({ ...keywords, confirm: e.currentTarget.value })}
              w={200}
            />
            <Button type="submit" variant="light" loading={busy}>
              {t('channels.saveKeywords')}
            </Button>
          </Group>
        </form>
        {formError ? <ErrorAlert error={formError} /> : null}
        <DataTable
          columns={[
            { key: 'time', header: t('channels.time'), cell: (d) => format.dateTime(d.receivedAt) },
            { key: 'kind', header: t('channels.kind'), cell: (d) => t(`channels.kinds.${d.kind}`) },
            {
              key: 'outcome',
              header: t('channels.outcome'),
              cell: (d) => (
                <Badge
                  variant="light"
                  color={d.outcome === 'IGNORED' || d.outcome === 'NO_CHANGE' ? 'gray' : 'blue'}
                >
                  {t(`channels.outcomes.${d.outcome}`)}
                </Badge>
              ),
            },
          ]}
          rows={channel.deliveries}
          rowKey={(d) => d.id}
          empty={t('channels.noDeliveries')}
          aria-label={t('channels.log')}
        />
      </Stack>
    </Card>
  );
};
