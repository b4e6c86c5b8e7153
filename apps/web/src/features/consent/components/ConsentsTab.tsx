import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  MultiSelect,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ConsentPurpose, ConsentStatus } from '../../../gql/graphql';
import { authHeaders, downloadFile } from '../../../shared/http/download';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ClientConsentsQuery, PublishConsentTextMutation, RequestConsentMutation } from '../graphql/consents';

const PURPOSES: ConsentPurpose[] = ['MARKETING', 'SERVICE', 'TRANSACTIONAL'];
const STATUSES: ConsentStatus[] = ['PENDING', 'CONFIRMED', 'WITHDRAWN', 'EXPIRED'];
const STATUS_COLOR: Record<string, string> = {
  PENDING: 'blue',
  CONFIRMED: 'green',
  WITHDRAWN: 'gray',
  EXPIRED: 'orange',
};

type ImportResult = {
  id: string;
  state: string;
  processedRows: number;
  importedRows: number;
  errorCount: number;
  errors: { line: number; field: string | null; message: string }[];
};

export const ConsentsTab = () => {
  const { t, i18n } = useTranslation();
  const { clientId = '' } = useParams();
  const [status, setStatus] = useState<ConsentStatus | null>(null);
  const [phoneFilter, setPhoneFilter] = useState('');
  const [appliedPhone, setAppliedPhone] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const { data, error, refetch, startPolling, stopPolling } = useQuery(ClientConsentsQuery, {
    variables: { clientId, filter: { status, phoneNumber: appliedPhone }, first: 100 },
  });
  const [publish, publishing] = useMutation(PublishConsentTextMutation);
  const [request, requesting] = useMutation(RequestConsentMutation);
  const [textForm, setTextForm] = useState({
    language: 'de',
    purposes: ['MARKETING'] as string[],
    title: '',
    text: '',
  });
  const [requestForm, setRequestForm] = useState({ phoneNumber: '', textId: '' });
  const [link, setLink] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [importFailed, setImportFailed] = useState(false);
  const textErrors = useFieldErrors<'title' | 'text' | 'purposes'>();
  const requestErrors = useFieldErrors<'phoneNumber' | 'purposes'>();
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const texts = data?.consentTexts ?? [];
  const records = data?.consentRecords.edges.map((edge) => edge.node) ?? [];
  const running = data?.consentImports.find((i) => i.state === 'RUNNING');

  const submitText = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    textErrors.reset();
    try {
      await publish({
        variables: {
          input: {
            clientId,
            language: textForm.language,
            purposes: textForm.purposes as ConsentPurpose[],
            title: textForm.title || null,
            text: textForm.text,
          },
        },
      });
      setTextForm({ ...textForm, title: '', text: '' });
      await refetch();
    } catch (problem) {
      textErrors.applyApiError(problem, ['title', 'text', 'purposes']);
    }
  };

  const submitRequest = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    requestErrors.reset();
    setLink(null);
    const text = texts.find((x) => x.id === requestForm.textId) ?? texts[0];
    if (!text) return;
    try {
      const answer = await request({
        variables: {
          input: {
            clientId,
            phoneNumber: requestForm.phoneNumber,
            purposes: text.purposes,
            consentTextVersionId: text.id,
            source: 'WEB_FORM',
          },
        },
      });
      setLink(answer.data?.requestConsent.confirmationUrl ?? null);
      setRequestForm({ ...requestForm, phoneNumber: '' });
      await refetch();
    } catch (problem) {
      requestErrors.applyApiError(problem, ['phoneNumber', 'purposes']);
    }
  };

  const runImport = async () => {
    if (!file) return;
    setImporting(true);
    setImportFailed(false);
    setResult(null);
    startPolling(1000);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const response = await fetch(`/api/clients/${clientId}/consents/import?dryRun=${dryRun}`, {
        method: 'POST',
        headers: authHeaders(),
        body: form,
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(String(response.status));
      setResult((await response.json()) as ImportResult);
    } catch {
      setImportFailed(true);
    } finally {
      stopPolling();
      setImporting(false);
      await refetch();
    }
  };

  const exportCsv = () =>
    downloadFile(`/api/clients/${clientId}/consents/export`, 'consents.csv').catch(() =>
      setImportFailed(true),
    );

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="consent-texts">
        <Title order={3} fz="lg" id="consent-texts" mb="sm">
          {t('consents.texts')}
        </Title>
        {texts.length === 0 ? <Text c="dimmed">{t('consents.noTexts')}</Text> : null}
        {texts.map((text) => (
          <Text key={text.id} size="sm">
            v{text.version} · {text.language.toUpperCase()} · {text.title || '—'} ·{' '}
            {text.purposes.map((p) => t(`consent.purpose.${p}`)).join(', ')} ·{' '}
            <Code>{text.sha256.slice(0, 12)}…</Code>
          </Text>
        ))}
        <form onSubmit={(event) => void submitText(event)} aria-label={t('consents.publish')} noValidate>
          <Stack gap="xs" mt="sm">
            <Group grow>
              <Select
                label={t('consents.language')}
                value={textForm.language}
                onChange={(v) => v && setTextForm({ ...textForm, language: v })}
                data={[
                  { value: 'de', label: 'Deutsch' },
                  { value: 'en', label: 'English' },
                ]}
                allowDeselect={false}
              />
              <MultiSelect
                label={t('consents.purposes')}
                value={textForm.purposes}
                onChange={(v) => setTextForm({ ...textForm, purposes: v })}
                data={PURPOSES.map((p) => ({ value: p, label: t(`consent.purpose.${p}`) }))}
                error={textErrors.errors.purposes}
              />
            </Group>
            <TextInput
              label={t('consents.textTitle')}
              value={textForm.title}
              onChange={(e) => setTextForm({ ...textForm, title: e.currentTarget.value })}
              error={textErrors.errors.title}
            />
            <Textarea
              label={t('consents.text')}
              autosize
              minRows={3}
              value={textForm.text}
              onChange={(e) => setTextForm({ ...textForm, text: e.currentTarget.value })}
              error={textErrors.errors.text}
            />
            {textErrors.formError ? <ErrorAlert error={textErrors.formError} /> : null}
            <Group>
              <Button type="submit" loading={publishing.loading}>
                {t('consents.publish')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      {texts.length > 0 ? (
        <Card withBorder component="section" aria-labelledby="consent-request">
          <Title order={3} fz="lg" id="consent-request" mb="sm">
            {t('consents.request')}
          </Title>
          <form onSubmit={(event) => void submitRequest(event)} aria-label={t('consents.request')} noValidate>
            <Group align="flex-start">
              <TextInput
                label={t('consents.phone')}
                value={requestForm.phoneNumber}
                onChange={(e) => setRequestForm({ ...requestForm, phoneNumber: e.currentTarget.value })}
                error={requestErrors.errors.phoneNumber}
                w={240}
              />
              <Select
                label={t('consents.textVersion')}
                value={requestForm.textId || texts[0]?.id}
                onChange={(v) => v && setRequestForm({ ...requestForm, textId: v })}
                data={texts.map((x) => ({ value: x.id, label: `v${x.version} ${x.title}` }))}
                allowDeselect={false}
                w={260}
              />
              <Button type="submit" mt={25} loading={requesting.loading}>
                {t('consents.requestSubmit')}
              </Button>
            </Group>
          </form>
          {requestErrors.formError ? <ErrorAlert error={requestErrors.formError} /> : null}
          {link ? (
            <Alert color="blue" mt="sm" title={t('consents.linkTitle')}>
              <Code block>{link}</Code>
            </Alert>
          ) : null}
        </Card>
      ) : null}

      <Card withBorder component="section" aria-labelledby="consent-import">
        <Title order={3} fz="lg" id="consent-import" mb="sm">
          {t('consents.import')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('consents.importHint')}
        </Text>
        <Group align="flex-end">
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label={t('consents.importFile')}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <Checkbox
            label={t('consents.dryRun')}
            checked={dryRun}
            onChange={(e) => setDryRun(e.currentTarget.checked)}
          />
          <Button onClick={() => void runImport()} loading={importing} disabled={!file}>
            {t('consents.importSubmit')}
          </Button>
          <Button variant="light" onClick={() => void exportCsv()}>
            {t('consents.export')}
          </Button>
        </Group>
        {importing ? (
          <Progress
            mt="sm"
            animated
            value={running ? 100 : 30}
            aria-label={t('consents.importProgress', { rows: running?.processedRows ?? 0 })}
          />
        ) : null}
        {importing && running ? (
          <Text size="sm">{t('consents.importProgress', { rows: running.processedRows })}</Text>
        ) : null}
        {importFailed ? (
          <Alert color="red" role="alert" mt="sm">
            {t('consents.importFailed')}
          </Alert>
        ) : null}
        {result ? (
          <Alert
            color={result.state === 'FAILED' ? 'red' : 'green'}
            mt="sm"
            role="status"
            title={t(`consents.importState.${result.state}` as 'consents.importState.COMMITTED')}
          >
            {t('consents.importSummary', {
              processed: result.processedRows,
              imported: result.importedRows,
              errors: result.errorCount,
            })}
            {result.errors.length > 0 ? (
              <Table mt="xs" aria-label={t('consents.importErrors')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('consents.line')}</Table.Th>
                    <Table.Th>{t('consents.field')}</Table.Th>
                    <Table.Th>{t('consents.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.errors.slice(0, 100).map((e) => (
                    <Table.Tr key={`${e.line}-${e.field}-${e.message}`}>
                      <Table.Td>{e.line}</Table.Td>
                      <Table.Td>{e.field ?? '—'}</Table.Td>
                      <Table.Td>{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
          </Alert>
        ) : null}
      </Card>

      <Card withBorder component="section" aria-labelledby="consent-records">
        <Title order={3} fz="lg" id="consent-records" mb="sm">
          {t('consents.records')}
        </Title>
        <Group align="flex-end" mb="sm">
          <Select
            label={t('consents.status')}
            value={status}
            onChange={(v) => setStatus((v as ConsentStatus) || null)}
            data={STATUSES.map((s) => ({ value: s, label: t(`consents.statuses.${s}`) }))}
            clearable
            w={200}
          />
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setAppliedPhone(phoneFilter.trim() || null);
            }}
          >
            <Group align="flex-end">
              <TextInput
                label={t('consents.findPhone')}
                value={phoneFilter}
                onChange={(e) => setPhoneFilter(e.currentTarget.value)}
                w={220}
              />
              <Button type="submit" variant="default">
                {t('consents.find')}
              </Button>
            </Group>
          </form>
        </Group>
        <Text size="sm" c="dimmed">
          {t('consents.count', { count: data?.consentRecords.totalCount ?? 0 })}
        </Text>
        {records.length > 0 ? (
          <Table striped aria-label={t('consents.records')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consents.phone')}</Table.Th>
                <Table.Th>{t('consents.purpose')}</Table.Th>
                <Table.Th>{t('consents.status')}</Table.Th>
                <Table.Th>{t('consents.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.maskedPhoneNumber ?? t('consents.erased')}</Table.Td>
                  <Table.Td>{t(`consent.purpose.${r.purpose}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[r.status] ?? 'gray'}>
                      {t(`consents.statuses.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDate(r.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Card>
    </Stack>
  );
};
