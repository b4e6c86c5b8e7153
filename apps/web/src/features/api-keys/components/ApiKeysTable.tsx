import { Badge, Button, Code, Group } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format/useFormat';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { type ApiKey, useApiKeys } from '../hooks/useApiKeys';

const NO_WRAP = { style: { whiteSpace: 'nowrap' } } as const;

const StatusBadge = ({ apiKey, t }: { apiKey: ApiKey; t: TFunction }) => {
  if (apiKey.revokedAt)
    return (
      <Badge variant="light" color="red">
        {t('settings.apiKeys.status.revoked')}
      </Badge>
    );
  if (!apiKey.active)
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

type ApiKeysTableProps = {
  clientNames: ReadonlyMap<string, string>;
  // null: the viewer may not revoke keys, and the actions column is left out.
  onRevoke: ((apiKey: ApiKey) => void) | null;
};

export const ApiKeysTable = ({ clientNames, onRevoke }: ApiKeysTableProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { apiKeys, loading, error, retry } = useApiKeys();
  const columns: DataTableColumn<ApiKey>[] = [
    { key: 'name', header: t('settings.apiKeys.name'), cell: (key) => key.name },
    {
      key: 'prefix',
      header: t('settings.apiKeys.prefix'),
      cell: (key) => <Code>{key.prefix}</Code>,
      cellProps: NO_WRAP,
    },
    {
      key: 'scopes',
      header: t('settings.apiKeys.scopesLabel'),
      cell: (key) => (
        <Group gap={4}>
          {key.scopes.map((scope) => (
            <Badge key={scope} variant="light" color="gray" size="sm" tt="none">
              {t(`settings.apiKeys.scopes.${scope}`)}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      key: 'client',
      header: t('settings.apiKeys.client'),
      cell: (key) =>
        key.clientId ? (clientNames.get(key.clientId) ?? t('common.none')) : t('settings.apiKeys.wholeFirm'),
    },
    {
      key: 'expires',
      header: t('settings.apiKeys.expires'),
      cell: (key) => (key.expiresAt ? format.date(key.expiresAt) : t('settings.apiKeys.never')),
    },
    {
      key: 'lastUsed',
      header: t('settings.apiKeys.lastUsed'),
      cell: (key) => (key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('settings.apiKeys.notUsed')),
    },
    {
      key: 'status',
      header: t('settings.apiKeys.statusLabel'),
      cell: (key) => <StatusBadge apiKey={key} t={t} />,
      cellProps: NO_WRAP,
    },
  ];
  if (onRevoke) {
    columns.push({
      key: 'actions',
      header: t('settings.apiKeys.actions'),
      cell: (key) =>
        key.revokedAt ? null : (
          <Button
            size="xs"
            variant="light"
            color="red"
            onClick={() => onRevoke(key)}
            aria-label={t('settings.apiKeys.revokeNamed', { name: key.name })}
          >
            {t('settings.apiKeys.revoke')}
          </Button>
        ),
    });
  }

  return (
    <DataTable
      columns={columns}
      rows={apiKeys}
      rowKey={(key) => key.id}
      loading={loading}
      loadingHeight={80}
      loadingSize="sm"
      error={error}
      onRetry={retry}
      empty={t('settings.apiKeys.empty')}
      aria-label={t('settings.apiKeys.title')}
      minWidth={960}
    />
  );
};
