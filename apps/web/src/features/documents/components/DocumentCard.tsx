import { Alert, Badge, Button, Card, Group, Text, Title, VisuallyHidden } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useTranslation } from 'react-i18next';
import { useLanguageFormat } from '../../../shared/format/useFormat';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import type { ClientDocument, DocumentVersion } from '../hooks/useClientDocuments';

const STATUS_COLOR: Record<string, string> = {
  DRAFT: 'gray',
  IN_REVIEW: 'blue',
  APPROVED: 'green',
  EXPIRED: 'orange',
  ARCHIVED: 'gray',
};

type DocumentCardProps = {
  doc: ClientDocument;
  canWrite: boolean;
  canApprove: boolean;
  approving: boolean;
  onApprove: () => void;
  uploading: boolean;
  onUpload: (file: File) => void;
  onDownload: (version: DocumentVersion) => void;
};

/** One document: its state, its versions to download, and a drop zone for the next version. */
export const DocumentCard = ({
  doc,
  canWrite,
  canApprove,
  approving,
  onApprove,
  uploading,
  onUpload,
  onDownload,
}: DocumentCardProps) => {
  const { t } = useTranslation();
  const format = useLanguageFormat();
  const columns: DataTableColumn<DocumentVersion>[] = [
    { key: 'version', header: t('documents.version'), cell: (version) => version.version },
    { key: 'file', header: t('documents.file'), cell: (version) => version.filename },
    { key: 'size', header: t('documents.size'), cell: (version) => format.fileSize(version.size) },
    {
      key: 'uploadedAt',
      header: t('documents.uploadedAt'),
      cell: (version) => format.date(version.uploadedAt),
    },
    {
      key: 'sha256',
      header: 'SHA-256',
      cell: (version) => (
        <Text ff="monospace" size="xs">
          {version.sha256.slice(0, 12)}…
        </Text>
      ),
    },
    {
      key: 'download',
      header: <VisuallyHidden>{t('documents.download')}</VisuallyHidden>,
      cell: (version) => (
        <Button
          size="xs"
          variant="light"
          aria-label={t('documents.downloadVersion', { version: version.version, file: version.filename })}
          onClick={() => onDownload(version)}
        >
          {t('documents.download')}
        </Button>
      ),
    },
  ];

  return (
    <Card withBorder component="section" aria-label={doc.title}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} fz="lg">
            {doc.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`documents.types.${doc.type}`)}
            {doc.nextReviewAt
              ? ` · ${t('documents.nextReview', { date: format.date(doc.nextReviewAt) })}`
              : ''}
          </Text>
        </div>
        <Group gap="xs">
          <Badge variant="light" color={STATUS_COLOR[doc.status] ?? 'gray'}>
            {t(`documents.status.${doc.status}`)}
          </Badge>
          {canApprove && doc.status === 'IN_REVIEW' ? (
            <Button size="xs" onClick={onApprove} loading={approving}>
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
      <DataTable columns={columns} rows={doc.versions} rowKey={(version) => version.id} mt="sm" striped />
      {canWrite && doc.status !== 'ARCHIVED' ? (
        <Dropzone
          mt="sm"
          onDrop={(files) => {
            const file = files[0];
            if (file) onUpload(file);
          }}
          loading={uploading}
          multiple={false}
          inputProps={{ 'aria-label': t('documents.uploadFor', { title: doc.title }) }}
        >
          <Text ta="center" size="sm">
            {t('documents.drop')}
          </Text>
        </Dropzone>
      ) : null}
    </Card>
  );
};
