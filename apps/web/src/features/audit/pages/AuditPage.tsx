import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { useLanguageFormat } from '../../../shared/format/useFormat';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ReportButton } from '../../../shared/ui/ReportButton';
import { useAuditEvents } from '../hooks/useAuditEvents';
import { useAuditExport } from '../hooks/useAuditExport';
import { useVerifyAuditChain } from '../hooks/useVerifyAuditChain';

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** The firm's tamper-evident log: search, verify the hash chain, export. */
export const AuditPage = () => {
  const { t } = useTranslation();
  const format = useLanguageFormat();
  const [action, setAction] = useState('');
  const [applied, setApplied] = useState('');
  const log = useAuditEvents(applied);
  const chain = useVerifyAuditChain();
  const { exportEvents, failed: exportFailed } = useAuditExport();
  const result = chain.result;

  const columns: DataTableColumn<AuditEvent>[] = [
    { key: 'sequence', header: t('audit.sequence'), cell: (event) => event.sequence },
    { key: 'time', header: t('audit.time'), cell: (event) => format.timestamp(event.occurredAt) },
    { key: 'action', header: t('audit.action'), cell: (event) => <Code>{event.action}</Code> },
    {
      key: 'actor',
      header: t('audit.actor'),
      cell: (event) => (
        <>
          {event.actorLabel}
          <Text size="xs" c="dimmed">
            {event.actorType}
            {event.ip ? ` · ${event.ip}` : ''}
          </Text>
        </>
      ),
    },
    { key: 'entity', header: t('audit.entity'), cell: (event) => event.entityType },
    {
      key: 'changes',
      header: t('audit.changes'),
      cell: (event) => (
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {event.changes ?? '—'}
        </Text>
      ),
      cellProps: { maw: 360 },
    },
    {
      key: 'hash',
      header: t('audit.hash'),
      cell: (event) => (
        <Text size="xs" ff="monospace">
          {event.hash.slice(0, 10)}…
        </Text>
      ),
    },
  ];

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
            <Button onClick={chain.verify} loading={chain.verifying}>
              {t('audit.verify')}
            </Button>
            <Button variant="light" onClick={() => exportEvents('csv')}>
              {t('audit.exportCsv')}
            </Button>
            <Button variant="light" onClick={() => exportEvents('jsonl')}>
              {t('audit.exportJsonl')}
            </Button>
            <ReportButton
              path="/api/audit-events/certificate.pdf"
              label={t('reports.auditPdf')}
              hint={t('reports.auditPdfHint')}
              fallbackName="audit-certificate.pdf"
            />
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
        {chain.error ? <ErrorAlert error={chain.error} /> : null}
        {exportFailed ? (
          <Alert color="red" role="alert">
            {t('audit.exportFailed')}
          </Alert>
        ) : null}
        {log.error ? <ErrorAlert error={log.error} onRetry={log.retry} /> : null}
        {log.events ? (
          <Text size="sm" c="dimmed">
            {t('audit.count', { count: log.totalCount })}
          </Text>
        ) : null}
        <DataTable
          columns={columns}
          rows={log.events}
          rowKey={(event) => event.id}
          loading={log.loading}
          empty={<Text>{t('audit.empty')}</Text>}
          striped
          aria-label={t('audit.title')}
        />
        {log.hasMore ? (
          <Button variant="default" loading={log.loading} onClick={log.loadMore}>
            {t('audit.more')}
          </Button>
        ) : null}
      </Stack>
    </>
  );
};
