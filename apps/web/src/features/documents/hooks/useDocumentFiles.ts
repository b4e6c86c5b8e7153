import { useState } from 'react';
import { authHeaders, downloadFile } from '../../../shared/http/download';
import type { DocumentVersion } from './useClientDocuments';

export type DocumentFileError =
  | 'documents.errors.upload'
  | 'documents.errors.tooLarge'
  | 'documents.errors.type'
  | 'documents.errors.download';

/** Sends a file to the REST upload endpoint with the session's access token; answers an error key or null. */
const uploadVersion = async (documentId: string, file: File): Promise<DocumentFileError | null> => {
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

/** Uploading a new version (then the documents are reloaded) and downloading one; the last problem as a text key. */
export const useDocumentFiles = (onUploaded: () => Promise<unknown>) => {
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<DocumentFileError | null>(null);

  const upload = async (documentId: string, file: File): Promise<void> => {
    setError(null);
    setUploading(documentId);
    const problem = await uploadVersion(documentId, file).catch(() => 'documents.errors.upload' as const);
    setUploading(null);
    if (problem) setError(problem);
    await onUploaded();
  };

  const download = (version: DocumentVersion): void =>
    void downloadFile(version.downloadUrl, version.filename).catch(() =>
      setError('documents.errors.download'),
    );

  return { upload, uploading, download, error };
};
