import { Alert, Button, Card, Checkbox, Group, Progress, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientConsentsQuery } from '../../../gql/graphql';
import { type ConsentsWatch, useConsentImport } from '../hooks/useConsentImport';
import { ConsentImportResult } from './ConsentImportResult';

type ConsentImportCardProps = {
  clientId: string;
  // The import the server reports as running (polled while one is under way).
  running: ClientConsentsQuery['consentImports'][number] | undefined;
  consents: ConsentsWatch;
};

/** Bringing existing consents in from a CSV file (dry run first), and taking all of them out as CSV. */
export const ConsentImportCard = ({ clientId, running, consents }: ConsentImportCardProps) => {
  const { t } = useTranslation();
  const { runImport, importing, result, failed, exportCsv } = useConsentImport(clientId, consents);
  const [dryRun, setDryRun] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const start = () => {
    if (file) void runImport(file, dryRun);
  };

  return (
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
        <Button onClick={start} loading={importing} disabled={!file}>
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
      {failed ? (
        <Alert color="red" role="alert" mt="sm">
          {t('consents.importFailed')}
        </Alert>
      ) : null}
      {result ? <ConsentImportResult result={result} /> : null}
    </Card>
  );
};
