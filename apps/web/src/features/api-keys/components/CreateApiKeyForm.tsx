import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { type CreatedApiKey, useCreateApiKey } from '../hooks/useCreateApiKey';

const SCOPES: readonly ApiScope[] = [
  'CLIENTS_READ',
  'CLIENTS_WRITE',
  'CONSENTS_READ',
  'CONSENTS_WRITE',
  'DOCUMENTS_READ',
  'DOCUMENTS_WRITE',
  'TASKS_READ',
  'TASKS_WRITE',
  'REQUESTS_READ',
  'REQUESTS_WRITE',
  'AUDIT_READ',
];
const FIELDS = ['name', 'scopes', 'clientId', 'expiresAt'] as const;
type Field = (typeof FIELDS)[number];

// A date input gives a calendar day; the key stays valid until that day ends (local time).
const endOfDay = (day: string): string => new Date(`${day}T23:59:59`).toISOString();
const tomorrow = (): string => {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

type CreateApiKeyFormProps = {
  clients: readonly { id: string; name: string }[];
  onCreated: (created: CreatedApiKey) => void;
};

export const CreateApiKeyForm = ({ clients, onCreated }: CreateApiKeyFormProps) => {
  const { t } = useTranslation();
  const { createApiKey, creating } = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [clientId, setClientId] = useState<string | null>(null);
  const [expiresOn, setExpiresOn] = useState('');
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!name.trim()) local.name = t('settings.apiKeys.nameRequired');
    if (scopes.length === 0) local.scopes = t('settings.apiKeys.scopesRequired');
    reset(local);
    if (Object.keys(local).length > 0) return;
    try {
      const created = await createApiKey({
        name: name.trim(),
        scopes,
        clientId,
        expiresAt: expiresOn ? endOfDay(expiresOn) : null,
      });
      if (created) {
        onCreated(created);
        setName('');
        setScopes([]);
        setClientId(null);
        setExpiresOn('');
      }
    } catch (err) {
      applyApiError(err, FIELDS);
    }
  };

  return (
    <>
      <form
        noValidate
        onSubmit={(event) => void handleSubmit(event)}
        aria-label={t('settings.apiKeys.create')}
      >
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('settings.apiKeys.name')}
            description={t('settings.apiKeys.nameHint')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            w={{ base: '100%', sm: 240 }}
          />
          <MultiSelect
            label={t('settings.apiKeys.scopesLabel')}
            description={t('settings.apiKeys.scopesHint')}
            required
            data={SCOPES.map((value) => ({ value, label: t(`settings.apiKeys.scopes.${value}`) }))}
            value={scopes}
            onChange={(values) => setScopes(SCOPES.filter((scope) => values.includes(scope)))}
            error={errors.scopes}
            w={{ base: '100%', sm: 320 }}
          />
          <Select
            label={t('settings.apiKeys.clientField')}
            description={t('settings.apiKeys.clientHint')}
            placeholder={t('settings.apiKeys.wholeFirm')}
            data={clients.map((client) => ({ value: client.id, label: client.name }))}
            value={clientId}
            onChange={setClientId}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('settings.apiKeys.clearClient') }}
            nothingFoundMessage={t('settings.invite.noClients')}
            error={errors.clientId}
            w={{ base: '100%', sm: 240 }}
          />
          <TextInput
            type="date"
            label={t('settings.apiKeys.expires')}
            description={t('settings.apiKeys.expiresHint')}
            min={tomorrow()}
            value={expiresOn}
            onChange={(event) => setExpiresOn(event.currentTarget.value)}
            error={errors.expiresAt}
            w={{ base: '100%', sm: 180 }}
          />
        </Group>
        <Button type="submit" loading={creating} mt="sm">
          {t('settings.apiKeys.create')}
        </Button>
      </form>
      {formError ? <ErrorAlert error={formError} /> : null}
    </>
  );
};
