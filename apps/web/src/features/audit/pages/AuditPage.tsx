import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../shared/http/download';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { AuditEventsQuery, VerifyAuditChainQuery } from '../graphql/audit';
import { Loading } from '../../../shared/ui/Loading';

const PAGE = 50;

const exportFile = (format: 'csv' | 'jsonl'): Promise<void> =>
  downloadFile(`/api/audit-events/export?format=${format}`, `audit.${format}`);

/** The firm's tamper-evident log: search, verify the hash chain, export. */
export const AuditPage = () => {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const [applied, setApplied] = useState('');
  const filter = applied ? { action: applied } : null;
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditEventsQuery, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const [verify, verification] = useLazyQuery(VerifyAuditChainQuery, { fetchPolicy: 'network-only' });
  const [exportError, setExportError] = useState(false);
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
  const events = data?.auditEvents.edges.map((edge) => edge.node) ?? [];
  const result = verification.data?.verifyAuditChain;

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setApplied(action.trim());
            }}
            aria-label={t('audit.filter')}
          >
            <Group align="flex-end">
              <TextInput
                label={t('audit.action')}
                description={t('audit.actionHint')}
                value={action}
                onChange={(event) => setAction(event.currentTarget.value)}
                w={280}
              />
              <Button type="submit" variant="default">
                {t('audit.apply')}
              </Button>
            </Group>
          </form>
          <Group ml="auto">
            <Button onClick={() => void verify()} loading={verification.loading}>
              {t('audit.verify')}
            </Button>
            <Button variant="light" onClick={() => void exportFile('csv').catch(() => setExportError(true))}>
              {t('audit.exportCsv')}
            </Button>
            <Button
              variant="light"
              onClick={() => void exportFile('jsonl').catch(() => setExportError(true))}
            >
              {t('audit.exportJsonl')}
            </Button>
          </Group>
        </Group>
        {result ? (
          result.valid ? (
            <Alert color="green" role="status" title={t('audit.validTitle')}>
              {t('audit.valid', { count: result.checkedCount, hash: result.headHash?.slice(0, 16) ?? '—' })}
            </Alert>
          ) : (
            <Alert color="red" role="alert" title={t('audit.invalidTitle')}>
              {t('audit.invalid', { sequence: result.firstInvalidSequence })}
            </Alert>
          )
        ) : null}
        {verification.error ? <ErrorAlert error={verification.error} /> : null}
        {exportError ? (
          <Alert color="red" role="alert">
            {t('audit.exportFailed')}
          </Alert>
        ) : null}
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {loading && !data ? <Loading minHeight={120} /> : null}
        {data ? (
          <Text size="sm" c="dimmed">
            {t('audit.count', { count: data.auditEvents.totalCount })}
          </Text>
        ) : null}
        {data && events.length === 0 ? <Text>{t('audit.empty')}</Text> : null}
        {events.length > 0 ? (
          <Table striped aria-label={t('audit.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.sequence')}</Table.Th>
                <Table.Th>{t('audit.time')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.changes')}</Table.Th>
                <Table.Th>{t('audit.hash')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{event.sequence}</Table.Td>
                  <Table.Td>{formatTime(event.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Code>{event.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {event.actorLabel}
                    <Text size="xs" c="dimmed">
                      {event.actorType}
                      {event.ip ? ` · ${event.ip}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{event.entityType}</Table.Td>
                  <Table.Td maw={360}>
                    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {event.changes ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {event.hash.slice(0, 10)}…
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {data?.auditEvents.pageInfo.hasNextPage ? (
          <Button
            variant="default"
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: data.auditEvents.pageInfo.endCursor } })}
          >
            {t('audit.more')}
          </Button>
        ) : null}
      </Stack>
    </>
  );
};
