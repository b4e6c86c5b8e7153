import { Button, Text, Tooltip, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../http/download';

type ReportButtonProps = {
  /** The REST path of the report; `lang` (the UI language) is added. */
  path: string;
  label: string;
  /** What the report is, for the tooltip and screen readers. */
  hint: string;
  fallbackName: string;
  /** Sent as a JSON POST body (docs/reports.md: a phone number never goes into a URL). */
  body?: unknown;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  /** After a download that succeeded (e.g. to refetch what the download recorded). */
  onDownloaded?: () => void;
};

/** Downloads a report (PDF or .xlsx) in the UI's language; says so when that failed. */
export const ReportButton = ({
  path,
  label,
  hint,
  fallbackName,
  body,
  variant = 'default',
  size,
  onDownloaded,
}: ReportButtonProps) => {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'de';
  const download = (): void => {
    setBusy(true);
    setFailed(false);
    downloadFile(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, fallbackName, body)
      .then(() => onDownloaded?.())
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Tooltip label={hint} withArrow>
        <Button variant={variant} size={size} loading={busy} onClick={download}>
          {label}
        </Button>
      </Tooltip>
      {failed ? (
        <Text size="sm" c="red.8" role="alert">
          {t('reports.failed')}
        </Text>
      ) : null}
    </>
  );
};
