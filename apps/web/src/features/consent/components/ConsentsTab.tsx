import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ConsentStatus } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useClientConsents } from '../hooks/useClientConsents';
import { ConsentImportCard } from './ConsentImportCard';
import { ConsentRecordsCard } from './ConsentRecordsCard';
import { ConsentRequestCard } from './ConsentRequestCard';
import { ConsentTextsCard } from './ConsentTextsCard';

/** A client's consents: the texts asked for, double opt-in requests, CSV import and export, the records. */
export const ConsentsTab = ({ clientName }: { clientName: string }) => {
  const { clientId = '' } = useParams();
  const [status, setStatus] = useState<ConsentStatus | null>(null);
  const [phoneNumber, setPhoneNumber] = useState<string | null>(null);
  const consents = useClientConsents(clientId, { status, phoneNumber });

  if (consents.error) return <ErrorAlert error={consents.error} onRetry={() => void consents.refetch()} />;

  return (
    <Stack gap="lg">
      <ConsentTextsCard
        clientId={clientId}
        clientName={clientName}
        texts={consents.texts}
        onPublished={consents.refetch}
      />
      {consents.texts.length > 0 ? (
        <ConsentRequestCard clientId={clientId} texts={consents.texts} onRequested={consents.refetch} />
      ) : null}
      <ConsentImportCard clientId={clientId} running={consents.runningImport} consents={consents} />
      <ConsentRecordsCard
        clientId={clientId}
        searched={phoneNumber}
        records={consents.records}
        totalCount={consents.totalCount}
        status={status}
        onStatusChange={setStatus}
        onPhoneSearch={setPhoneNumber}
      />
    </Stack>
  );
};
