import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShownOnceAlert } from '../../../shared/ui/ShownOnceAlert';
import type { ApiKey } from '../hooks/useApiKeys';
import type { CreatedApiKey } from '../hooks/useCreateApiKey';
import { ApiKeysTable } from './ApiKeysTable';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { RevokeApiKeyModal } from './RevokeApiKeyModal';

type ApiKeysSectionProps = {
  canManage: boolean;
  clients: readonly { id: string; name: string }[];
  clientNames: ReadonlyMap<string, string>;
};

export const ApiKeysSection = ({ canManage, clients, clientNames }: ApiKeysSectionProps) => {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="api-keys-heading">
      <Title order={2} size="h3" id="api-keys-heading" mb="xs">
        {t('settings.apiKeys.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.apiKeys.intro')}
      </Text>
      <Stack gap="md">
        {canManage ? <CreateApiKeyForm clients={clients} onCreated={setCreated} /> : null}
        <div role="status">
          {created ? (
            <ShownOnceAlert
              color="yellow"
              title={t('settings.apiKeys.created', { name: created.name })}
              description={t('settings.apiKeys.onceWarning')}
              value={created.secret}
              valueTestId="api-key-secret"
            >
              <Text size="sm" mb="xs">
                {t('settings.apiKeys.usage')}
              </Text>
              <Button size="xs" variant="default" onClick={() => setCreated(null)}>
                {t('settings.apiKeys.stored')}
              </Button>
            </ShownOnceAlert>
          ) : null}
        </div>
        <ApiKeysTable clientNames={clientNames} onRevoke={canManage ? setRevoking : null} />
      </Stack>
      <RevokeApiKeyModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </Paper>
  );
};
