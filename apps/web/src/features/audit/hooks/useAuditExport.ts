import { useState } from 'react';
import { useCsvDialect } from '../../../shared/http/csv-dialect';
import { downloadFile } from '../../../shared/http/download';

type ExportFormat = 'csv' | 'jsonl';

/** Downloads the whole log as a file (CSV in the UI language's Excel dialect); `failed` stays set once a download went wrong. */
export const useAuditExport = () => {
  const [failed, setFailed] = useState(false);
  const dialect = useCsvDialect();
  const exportEvents = (format: ExportFormat): void => {
    const query = format === 'csv' ? `format=csv&dialect=${dialect}` : 'format=jsonl';
    void downloadFile(`/api/audit-events/export?${query}`, `audit.${format}`).catch(() => setFailed(true));
  };
  return { exportEvents, failed };
};
