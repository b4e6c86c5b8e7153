import { useState } from 'react';
import { authHeaders, downloadFile } from '../../../shared/http/download';
import { useCsvDialect } from '../../../shared/http/csv-dialect';

export type ConsentImportResult = {
  id: string;
  state: string;
  processedRows: number;
  importedRows: number;
  errorCount: number;
  errors: { line: number; field: string | null; message: string }[];
};

// The consents query: polled while an import runs (its progress), reloaded when it is done.
export type ConsentsWatch = {
  startPolling: (interval: number) => void;
  stopPolling: () => void;
  refetch: () => Promise<unknown>;
};

/** The CSV import (REST upload, dry run or for real) and export of a client's consents. */
export const useConsentImport = (clientId: string, consents: ConsentsWatch) => {
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<ConsentImportResult | null>(null);
  const dialect = useCsvDialect();
  // Set when an import or an export went wrong.
  const [failed, setFailed] = useState(false);

  const runImport = async (file: File, dryRun: boolean): Promise<void> => {
    setImporting(true);
    setFailed(false);
    setResult(null);
    consents.startPolling(1000);
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
      setResult((await response.json()) as ConsentImportResult);
    } catch {
      setFailed(true);
    } finally {
      consents.stopPolling();
      setImporting(false);
      await consents.refetch();
    }
  };

  const exportCsv = (): Promise<void> =>
    downloadFile(`/api/clients/${clientId}/consents/export?dialect=${dialect}`, 'consents.csv').catch(() =>
      setFailed(true),
    );

  return { runImport, importing, result, failed, exportCsv };
};
