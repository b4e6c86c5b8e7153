import { useState } from 'react';
import { downloadFile } from '../../../shared/http/download';

type ExportFormat = 'csv' | 'jsonl';

/** Downloads the whole log as a file; `failed` stays set once a download went wrong. */
export const useAuditExport = () => {
  const [failed, setFailed] = useState(false);
  const exportEvents = (format: ExportFormat): void =>
    void downloadFile(`/api/audit-events/export?format=${format}`, `audit.${format}`).catch(() =>
      setFailed(true),
    );
  return { exportEvents, failed };
};
