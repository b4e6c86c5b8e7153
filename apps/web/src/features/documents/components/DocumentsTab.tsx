import '@mantine/dropzone/styles.css';
import { isClientRole, roleAllows } from '@klarsicht/shared';
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useApproveDocument } from '../hooks/useApproveDocument';
import { useClientDocuments } from '../hooks/useClientDocuments';
import { useDocumentFiles } from '../hooks/useDocumentFiles';
import { CreateDocumentForm } from './CreateDocumentForm';
import { DocumentCard } from './DocumentCard';

/** A client's documents: created here, versions uploaded, approved by the firm's DPOs, downloaded. */
export const DocumentsTab = () => {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const viewer = useViewer();
  // Client admins upload their company's documents; client viewers and auditors only read and download.
  const canWrite = roleAllows(viewer.role, 'documents', 'write');
  // Mirrors the api: only the firm's DPOs (OWNER, DPO) approve.
  const canApprove = viewer.role === 'OWNER' || viewer.role === 'DPO';
  const { documents, loading, error, refetch } = useClientDocuments(clientId);
  const approval = useApproveDocument(refetch);
  const files = useDocumentFiles(refetch);

  if (loading) {
    return <Loading minHeight={120} />;
  }
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="lg">
      {isClientRole(viewer.role) ? (
        <Text size="sm" c="dimmed">
          {canWrite ? t('documents.portal.adminHint') : t('documents.portal.viewerHint')}
        </Text>
      ) : null}
      {canWrite ? <CreateDocumentForm clientId={clientId} onCreated={refetch} /> : null}
      {approval.error ? <ErrorAlert error={approval.error} /> : null}
      {files.error ? (
        <Alert color="red" role="alert">
          {t(files.error)}
        </Alert>
      ) : null}
      {documents.length === 0 ? <Text c="dimmed">{t('documents.empty')}</Text> : null}
      {documents.map((doc) => (
        <DocumentCard
          key={doc.id}
          doc={doc}
          canWrite={canWrite}
          canApprove={canApprove}
          approving={approval.approving}
          onApprove={() => approval.approve(doc.id)}
          uploading={files.uploading === doc.id}
          onUpload={(file) => void files.upload(doc.id, file)}
          onDownload={files.download}
        />
      ))}
    </Stack>
  );
};
