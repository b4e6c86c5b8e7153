import { Badge, Button, Group, Paper, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionsQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useSessions } from '../hooks/useAccount';

type Session = SessionsQuery['sessions'][number];

/** Where the person is signed in; any other session can be ended. */
export const SessionsSection = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const { sessions, loading, error, retry, revoke, revokeOthers, busy } = useSessions();
  const [actionError, setActionError] = useState<unknown>(null);
  const act = (work: () => Promise<unknown>) =>
    void work().then(
      () => setActionError(null),
      (err: unknown) => setActionError(err),
    );

  const columns: DataTableColumn<Session>[] = [
    {
      key: 'device',
      header: t('settings.sessions.device'),
      cell: (session) => (
        <>
          {session.userAgent ?? t('settings.sessions.unknownDevice')}{' '}
          {session.current ? (
            <Badge variant="light" color="green">
              {t('settings.sessions.current')}
            </Badge>
          ) : null}
        </>
      ),
    },
    { key: 'ip', header: t('settings.sessions.network'), cell: (session) => session.ip ?? '–' },
    {
      key: 'since',
      header: t('settings.sessions.signedIn'),
      cell: (session) => format.dateTime(session.signedInAt),
    },
    {
      key: 'last',
      header: t('settings.sessions.lastUsed'),
      cell: (session) => format.dateTime(session.lastUsedAt),
    },
    {
      key: 'actions',
      header: t('settings.sessions.actions'),
      cell: (session) =>
        session.current ? null : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            disabled={busy}
            onClick={() => act(() => revoke(session.id))}
          >
            {t('settings.sessions.end')}
          </Button>
        ),
    },
  ];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sessions-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="sessions-heading">
          {t('settings.sessions.title')}
        </Title>
        <Button size="xs" variant="light" color="red" disabled={busy} onClick={() => act(revokeOthers)}>
          {t('settings.sessions.endOthers')}
        </Button>
      </Group>
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <DataTable
        columns={columns}
        rows={sessions}
        rowKey={(session) => session.id}
        loading={loading}
        loadingHeight={80}
        loadingSize="sm"
        error={error}
        onRetry={retry}
        empty={t('settings.sessions.empty')}
        minWidth={640}
      />
    </Paper>
  );
};
