import { Button, Card, Group, PasswordInput, Select, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessagingProvider } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { type ChannelSecrets, useChannelMutations } from '../hooks/useChannelMutations';

type CreateChannelCardProps = {
  clientId: string;
  onCreated: (secrets: ChannelSecrets | null) => Promise<void>;
};

const PROVIDERS: MessagingProvider[] = ['META_CLOUD_API', 'TWILIO'];

/** A new channel: the business number, the provider and, optionally, the provider's own secret. */
export const CreateChannelCard = ({ clientId, onCreated }: CreateChannelCardProps) => {
  const { t } = useTranslation();
  const { createChannel, busy } = useChannelMutations(clientId);
  const [form, setForm] = useState({
    phoneNumber: '',
    provider: 'META_CLOUD_API' as MessagingProvider,
    secret: '',
  });
  const { errors, formError, applyApiError, reset } = useFieldErrors<'phoneNumber' | 'secret'>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    try {
      const secrets = await createChannel({
        phoneNumber: form.phoneNumber,
        provider: form.provider,
        secret: form.secret.trim() || null,
      });
      setForm({ ...form, phoneNumber: '', secret: '' });
      await onCreated(secrets);
    } catch (problem) {
      applyApiError(problem, ['phoneNumber', 'secret']);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="channel-create">
      <Title order={3} fz="lg" id="channel-create" mb="sm">
        {t('channels.create')}
      </Title>
      <form onSubmit={(event) => void submit(event)} aria-label={t('channels.create')} noValidate>
        <Group align="flex-start">
          <TextInput
            label={t('channels.phone')}
            value={form.phoneNumber}
            onChange={(e) => setForm({ ...form, phoneNumber: e.currentTarget.value })}
            error={errors.phoneNumber}
            w={220}
          />
          <Select
            label={t('channels.provider')}
            value={form.provider}
            onChange={(v) => v && setForm({ ...form, provider: v })}
            data={PROVIDERS.map((p) => ({ value: p, label: t(`channels.providers.${p}`) }))}
            allowDeselect={false}
            w={240}
          />
          <PasswordInput
            label={t(form.provider === 'TWILIO' ? 'channels.twilioToken' : 'channels.metaSecret')}
            description={t('channels.secretOptional')}
            value={form.secret}
            onChange={(e) => setForm({ ...form, secret: e.currentTarget.value })}
            error={errors.secret}
            w={280}
          />
          <Button type="submit" mt={25} loading={busy}>
            {t('channels.createSubmit')}
          </Button>
        </Group>
      </form>
      {formError ? <ErrorAlert error={formError} /> : null}
    </Card>
  );
};
