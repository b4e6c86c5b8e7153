import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMessage } from '../../../shared/graphql/useApiMessage';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import type { ConsentImportResult as Result } from '../hooks/useConsentImport';

type ImportError = Result['errors'][number];

// The first hundred are enough to fix a file; the summary counts them all.
const SHOWN_ERRORS = 100;

/** What an import did (or, in a dry run, would do), with its errors by line. */
export const ConsentImportResult = ({ result }: { result: Result }) => {
  const { t } = useTranslation();
  const say = useApiMessage();
  const columns: DataTableColumn<ImportError>[] = [
    { key: 'line', header: t('consents.line'), cell: (e) => e.line },
    { key: 'field', header: t('consents.field'), cell: (e) => e.field ?? '—' },
    {
      key: 'problem',
      header: t('consents.problem'),
      cell: (e) => say(e.message),
    },
  ];
  return (
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
      <DataTable
        columns={columns}
        rows={result.errors.slice(0, SHOWN_ERRORS)}
        rowKey={(e) => `${e.line}-${e.field}-${e.message}`}
        mt="xs"
        aria-label={t('consents.importErrors')}
      />
    </Alert>
  );
};
