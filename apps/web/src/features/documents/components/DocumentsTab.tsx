import '@mantine/dropzone/styles.css';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { isClientRole, roleAllows } from '@klarsicht/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { authHeaders, downloadFile } from '../../../shared/http/download';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { type DocumentType } from '../../../gql/graphql';
import { ApproveDocumentMutation, ClientDocumentsQuery, CreateDocumentMutation } from '../graphql/documents';
import { Loading } from '../../../shared/ui/Loading';

const TYPES: DocumentType[] = [
  'PROCESSING_RECORD',
  'DPIA',
  'PRIVACY_NOTICE',
  'DPA',
  'TOM',
  'IMPRINT',
  'CONSENT_TEXT',
  'TRAINING_PROOF',
  'EVIDENCE',
  'OTHER',
];
const STATUS_COLOR: Record<string, string> = {
  DRAFT: 'gray',
  IN_REVIEW: 'blue',
  APPROVED: 'green',
  EXPIRED: 'orange',
  ARCHIVED: 'gray',
};

/** Sends a file to the REST upload endpoint with the session's access token; answers an error key or null. */
const uploadVersion = async (documentId: string, file: File): Promise<string | null> => {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/documents/${documentId}/versions`, {
    method: 'POST',
    headers: authHeaders(),
    body: form,
    credentials: 'same-origin',
  });
  if (response.ok) return null;
  if (response.status === 413) return 'documents.errors.tooLarge';
  if (response.status === 415) return 'documents.errors.type';
  return 'documents.errors.upload';
};

export const DocumentsTab = () => {
  const { t, i18n } = useTranslation();
  const { clientId = '' } = useParams();
  const viewer = useViewer();
  // Client admins upload their company's documents; client viewers and auditors only read and download.
  const canWrite = roleAllows(viewer.role, 'documents', 'write');
  // Mirrors the api: only the firm's DPOs (OWNER, DPO) approve.
  const canApprove = viewer.role === 'OWNER' || viewer.role === 'DPO';
  const { data, loading, error, refetch } = useQuery(ClientDocumentsQuery, {
    variables: { clientId, first: 100 },
  });
  const [create, creation] = useMutation(CreateDocumentMutation);
  const [approve, approval] = useMutation(ApproveDocumentMutation);
  const [type, setType] = useState<DocumentType>('PROCESSING_RECORD');
  const [title, setTitle] = useState('');
  const { errors, formError, applyApiError, reset } = useFieldErrors<'title' | 'type'>();
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const formatSize = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 1,
    }).format(bytes / 1024);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      reset({ title: t('documents.titleRequired') });
      return;
    }
    reset();
    try {
      await create({ variables: { input: { clientId, type, title: title.trim() } } });
      setTitle('');
      await refetch();
    } catch (error) {
      applyApiError(error, ['title', 'type']);
    }
  };

  const onDrop = async (documentId: string, files: File[]) => {
    const file = files[0];
    if (!file) return;
    setUploadError(null);
    setUploading(documentId);
    const problem = await uploadVersion(documentId, file).catch(() => 'documents.errors.upload');
    setUploading(null);
    if (problem) setUploadError(t(problem as 'documents.errors.upload'));
    await refetch();
  };

  if (loading && !data) {
    return <Loading minHeight={120} />;
  }
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const documents = data?.documents.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      {isClientRole(viewer.role) ? (
        <Text size="sm" c="dimmed">
          {canWrite ? t('documents.portal.adminHint') : t('documents.portal.viewerHint')}
        </Text>
      ) : null}
      {canWrite ? (
        <form onSubmit={(event) => void submit(event)} aria-label={t('documents.create')} noValidate>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('documents.type')}
              data={TYPES.map((value) => ({ value, label: t(`documents.types.${value}`) }))}
              value={type}
              onChange={(value) => value && setType(value as DocumentType)}
              allowDeselect={false}
              error={errors.type}
              w={260}
            />
            <TextInput
              label={t('documents.titleLabel')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={errors.title}
              w={320}
            />
            <Button type="submit" loading={creation.loading}>
              {t('documents.create')}
            </Button>
          </Group>
        </form>
      ) : null}
      {formError ? <ErrorAlert error={formError} /> : null}
      {approval.error ? <ErrorAlert error={approval.error} /> : null}
      {uploadError ? (
        <Alert color="red" role="alert">
          {uploadError}
        </Alert>
      ) : null}
      {documents.length === 0 ? <Text c="dimmed">{t('documents.empty')}</Text> : null}
      {documents.map((doc) => (
        <Card key={doc.id} withBorder component="section" aria-label={doc.title}>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={3} fz="lg">
                {doc.title}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`documents.types.${doc.type}`)}
                {doc.nextReviewAt
                  ? ` · ${t('documents.nextReview', { date: formatDate(doc.nextReviewAt) })}`
                  : ''}
              </Text>
            </div>
            <Group gap="xs">
              <Badge variant="light" color={STATUS_COLOR[doc.status] ?? 'gray'}>
                {t(`documents.status.${doc.status}`)}
              </Badge>
              {canApprove && doc.status === 'IN_REVIEW' ? (
                <Button
                  size="xs"
                  onClick={() =>
                    void approve({ variables: { id: doc.id } })
                      .then(() => refetch())
                      .catch(() => undefined)
                  }
                  loading={approval.loading}
                >
                  {t('documents.approve')}
                </Button>
              ) : null}
            </Group>
          </Group>
          {doc.returnReason ? (
            <Alert color="orange" mt="sm" title={t('documents.returned')}>
              {doc.returnReason}
            </Alert>
          ) : null}
          {doc.versions.length > 0 ? (
            <Table mt="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('documents.version')}</Table.Th>
                  <Table.Th>{t('documents.file')}</Table.Th>
                  <Table.Th>{t('documents.size')}</Table.Th>
                  <Table.Th>{t('documents.uploadedAt')}</Table.Th>
                  <Table.Th>SHA-256</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('documents.download')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {doc.versions.map((version) => (
                  <Table.Tr key={version.id}>
                    <Table.Td>{version.version}</Table.Td>
                    <Table.Td>{version.filename}</Table.Td>
                    <Table.Td>{formatSize(version.size)}</Table.Td>
                    <Table.Td>{formatDate(version.uploadedAt)}</Table.Td>
                    <Table.Td>
                      <Text ff="monospace" size="xs">
                        {version.sha256.slice(0, 12)}…
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('documents.downloadVersion', {
                          version: version.version,
                          file: version.filename,
                        })}
                        onClick={() =>
                          void downloadFile(version.downloadUrl, version.filename).catch(() =>
                            setUploadError(t('documents.errors.download')),
                          )
                        }
                      >
                        {t('documents.download')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          {canWrite && doc.status !== 'ARCHIVED' ? (
            <Dropzone
              mt="sm"
              onDrop={(files) => void onDrop(doc.id, files)}
              loading={uploading === doc.id}
              multiple={false}
              inputProps={{ 'aria-label': t('documents.uploadFor', { title: doc.title }) }}
            >
              <Text ta="center" size="sm">
                {t('documents.drop')}
              </Text>
            </Dropzone>
          ) : null}
        </Card>
      ))}
    </Stack>
  );
};
