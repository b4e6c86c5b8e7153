import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeysQuery as ApiKeysQueryResult, ApiScope } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { useFormat } from '../../../shared/i18n/useFormat';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ApiKeysQuery } from '../graphql/ApiKeysQuery';
import { CreateApiKeyMutation } from '../graphql/CreateApiKeyMutation';
import { RevokeApiKeyMutation } from '../graphql/RevokeApiKeyMutation';
import { Loading } from '../../../shared/ui/Loading';

const SCOPES: readonly ApiScope[] = [
  'CLIENTS_READ',
  'CLIENTS_WRITE',
  'CONSENTS_READ',
  'CONSENTS_WRITE',
  'DOCUMENTS_READ',
  'DOCUMENTS_WRITE',
  'TASKS_READ',
  'TASKS_WRITE',
  'AUDIT_READ',
];
const FIELDS = ['name', 'scopes', 'clientId', 'expiresAt'] as const;
type Field = (typeof FIELDS)[number];
type ApiKey = ApiKeysQueryResult['apiKeys'][number];
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

// A date input gives a calendar day; the key stays valid until that day ends (local time).
const endOfDay = (day: string): string => new Date(`${day}T23:59:59`).toISOString();
const tomorrow = (): string => {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

type ApiKeysSectionProps = {
  canManage: boolean;
  clients: readonly { id: string; name: string }[];
  clientNames: ReadonlyMap<string, string>;
};

export const ApiKeysSection = ({ canManage, clients, clientNames }: ApiKeysSectionProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery);
  const [createKey, creation] = useMutation(CreateApiKeyMutation, { refetchQueries: [ApiKeysQuery] });
  const [revokeKey, revocation] = useMutation(RevokeApiKeyMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [clientId, setClientId] = useState<string | null>(null);
  const [expiresOn, setExpiresOn] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!name.trim()) local.name = t('settings.apiKeys.nameRequired');
    if (scopes.length === 0) local.scopes = t('settings.apiKeys.scopesRequired');
    reset(local);
    if (Object.keys(local).length > 0) return;
    try {
      const { data: result } = await createKey({
        variables: {
          input: { name: name.trim(), scopes, clientId, expiresAt: expiresOn ? endOfDay(expiresOn) : null },
        },
      });
      if (result) {
        setCreated({ name: result.createApiKey.apiKey.name, secret: result.createApiKey.secret });
        setName('');
        setScopes([]);
        setClientId(null);
        setExpiresOn('');
      }
    } catch (err) {
      applyApiError(err, FIELDS);
    }
  };

  const closeRevoke = () => {
    revocation.reset();
    setRevoking(null);
  };

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revokeKey({ variables: { id: revoking.id } });
      closeRevoke();
    } catch {
      // The dialog stays open and shows the error.
    }
  };

  const status = (key: ApiKey) => {
    if (key.revokedAt)
      return (
        <Badge variant="light" color="red">
          {t('settings.apiKeys.status.revoked')}
        </Badge>
      );
    if (!key.active)
      return (
        <Badge variant="light" color="gray">
          {t('settings.apiKeys.status.expired')}
        </Badge>
      );
    return (
      <Badge variant="light" color="green">
        {t('settings.apiKeys.status.active')}
      </Badge>
    );
  };

  const list = () => {
    if (loading && !data) {
      return <Loading minHeight={80} size="sm" />;
    }
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
    const keys = data?.apiKeys ?? [];
    if (keys.length === 0) return <Text c="dimmed">{t('settings.apiKeys.empty')}</Text>;
    return (
      <Table.ScrollContainer minWidth={960}>
        <Table aria-label={t('settings.apiKeys.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.apiKeys.name')}</Table.Th>
              <Table.Th scope="col">{t('settings.apiKeys.prefix')}</Table.Th>
              <Table.Th scope="col">{t('settings.apiKeys.scopesLabel')}</Table.Th>
              <Table.Th scope="col">{t('settings.apiKeys.client')}</Table.Th>
              <Table.Th scope="col">{t('settings.apiKeys.expires')}</Table.Th>
              <Table.Th scope="col">{t('settings.apiKeys.lastUsed')}</Table.Th>
              <Table.Th scope="col">{t('settings.apiKeys.statusLabel')}</Table.Th>
              {canManage ? <Table.Th scope="col">{t('settings.apiKeys.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.map((key) => (
              <Table.Tr key={key.id}>
                <Table.Td>{key.name}</Table.Td>
                <Table.Td style={NO_WRAP}>
                  <Code>{key.prefix}</Code>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {key.scopes.map((scope) => (
                      <Badge key={scope} variant="light" color="gray" size="sm" tt="none">
                        {t(`settings.apiKeys.scopes.${scope}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {key.clientId
                    ? (clientNames.get(key.clientId) ?? t('common.none'))
                    : t('settings.apiKeys.wholeFirm')}
                </Table.Td>
                <Table.Td>
                  {key.expiresAt ? format.date(key.expiresAt) : t('settings.apiKeys.never')}
                </Table.Td>
                <Table.Td>
                  {key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('settings.apiKeys.notUsed')}
                </Table.Td>
                <Table.Td style={NO_WRAP}>{status(key)}</Table.Td>
                {canManage ? (
                  <Table.Td>
                    {key.revokedAt ? null : (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setRevoking(key)}
                        aria-label={t('settings.apiKeys.revokeNamed', { name: key.name })}
                      >
                        {t('settings.apiKeys.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="api-keys-heading">
      <Title order={2} size="h3" id="api-keys-heading" mb="xs">
        {t('settings.apiKeys.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.apiKeys.intro')}
      </Text>
      <Stack gap="md">
        {canManage ? (
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
            <Button type="submit" loading={creation.loading} mt="sm">
              {t('settings.apiKeys.create')}
            </Button>
          </form>
        ) : null}
        {formError ? <ErrorAlert error={formError} /> : null}
        <div role="status">
          {created ? (
            <Alert color="yellow" title={t('settings.apiKeys.created', { name: created.name })}>
              <Text size="sm" mb="xs" fw={600}>
                {t('settings.apiKeys.onceWarning')}
              </Text>
              <Group gap="xs" wrap="nowrap" align="center" mb="xs">
                <Code data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
                  {created.secret}
                </Code>
                <CopyButton value={created.secret}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy}>
                      {copied ? t('common.copied') : t('common.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="sm" mb="xs">
                {t('settings.apiKeys.usage')}
              </Text>
              <Button size="xs" variant="default" onClick={() => setCreated(null)}>
                {t('settings.apiKeys.stored')}
              </Button>
            </Alert>
          ) : null}
        </div>
        {list()}
      </Stack>
      <Modal
        opened={revoking !== null}
        onClose={closeRevoke}
        title={t('settings.apiKeys.revokeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('settings.apiKeys.revokeText', { name: revoking?.name ?? '', prefix: revoking?.prefix ?? '' })}
          </Text>
          {revocation.error ? <ErrorAlert error={revocation.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={closeRevoke}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={revocation.loading} onClick={() => void confirmRevoke()}>
              {t('settings.apiKeys.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
};
