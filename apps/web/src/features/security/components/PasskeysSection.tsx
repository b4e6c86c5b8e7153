import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasskeysQuery } from '../../../gql/graphql';
import { PasskeyPromptError } from '../../../shared/auth/passkey-prompt';
import { useFormat } from '../../../shared/format/useFormat';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { usePasskeys } from '../hooks/usePasskeys';

type Passkey = PasskeysQuery['passkeys'][number];

/** Passkeys of the signed-in person: sign in without a password, or confirm a password sign-in with one. */
export const PasskeysSection = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const { passkeys, loading, error, retry, add, remove, busy } = usePasskeys();
  const [name, setName] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, formError, applyApiError, reset } = useFieldErrors<'name'>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAdded(null);
    setNotice(null);
    if (!name.trim()) return reset({ name: t('settings.passkeys.nameRequired') });
    reset();
    try {
      await add(name.trim());
      setAdded(name.trim());
      setName('');
    } catch (err) {
      if (err instanceof PasskeyPromptError) setNotice(t('settings.passkeys.cancelled'));
      else applyApiError(err, ['name']);
    }
  };

  const columns: DataTableColumn<Passkey>[] = [
    {
      key: 'name',
      header: t('settings.passkeys.name'),
      cell: (passkey) => (
        <>
          {passkey.name}{' '}
          {passkey.backedUp ? (
            <Badge variant="light" color="gray">
              {t('settings.passkeys.synced')}
            </Badge>
          ) : null}
        </>
      ),
    },
    {
      key: 'created',
      header: t('settings.passkeys.created'),
      cell: (passkey) => format.dateTime(passkey.createdAt),
    },
    {
      key: 'lastUsed',
      header: t('settings.passkeys.lastUsed'),
      cell: (passkey) =>
        passkey.lastUsedAt ? format.dateTime(passkey.lastUsedAt) : t('settings.passkeys.never'),
    },
    {
      key: 'actions',
      header: t('settings.passkeys.actions'),
      cell: (passkey) => (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          disabled={busy}
          aria-label={t('settings.passkeys.removeNamed', { name: passkey.name })}
          onClick={() =>
            void remove(passkey.id).then(
              () => reset(),
              (err: unknown) => applyApiError(err, []),
            )
          }
        >
          {t('settings.passkeys.remove')}
        </Button>
      ),
    },
  ];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="passkeys-heading">
      <Title order={2} size="h3" id="passkeys-heading" mb="sm">
        {t('settings.passkeys.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('settings.passkeys.intro')}</Text>
        <div role="status">
          {added ? <Alert color="green">{t('settings.passkeys.added', { name: added })}</Alert> : null}
          {notice ? <Alert color="yellow">{notice}</Alert> : null}
        </div>
        {formError ? <ErrorAlert error={formError} /> : null}
        <DataTable
          columns={columns}
          rows={passkeys}
          rowKey={(passkey) => passkey.id}
          loading={loading}
          loadingHeight={60}
          loadingSize="sm"
          error={error}
          onRetry={retry}
          empty={t('settings.passkeys.empty')}
          minWidth={560}
        />
        <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('settings.passkeys.add')}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('settings.passkeys.newName')}
              description={t('settings.passkeys.newNameHint')}
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
              w={{ base: '100%', sm: 280 }}
            />
            <Button type="submit" loading={busy}>
              {t('settings.passkeys.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
};
