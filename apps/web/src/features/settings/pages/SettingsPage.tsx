import { useQuery } from '@apollo/client/react';
import { roleAllows } from '@klarsicht/shared';
import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { InvitationsSection } from '../components/InvitationsSection';
import { MembersSection } from '../components/MembersSection';
import { TotpSettings } from '../components/TotpSettings';
import { ClientOptionsQuery } from '../graphql/ClientOptionsQuery';

const FirmSettings = ({ canInvite }: { canInvite: boolean }) => {
  // One page of up to 1,000 clients; invitations for larger portfolios need a server-side search.
  const { data, error, refetch } = useQuery(ClientOptionsQuery, { variables: { first: 1000 } });
  const clients = useMemo(() => data?.clients.edges.map((edge) => edge.node) ?? [], [data]);
  const clientNames = useMemo(() => new Map(clients.map((client) => [client.id, client.name])), [clients]);
  return (
    <>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <MembersSection clientNames={clientNames} />
      <InvitationsSection canInvite={canInvite} clients={clients} clientNames={clientNames} />
    </>
  );
};

export const SettingsPage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={t('settings.title')} description={viewer.tenant.name} />
      <Stack gap="md">
        <TotpSettings />
        {roleAllows(viewer.role, 'members', 'read') ? (
          <FirmSettings canInvite={roleAllows(viewer.role, 'members', 'write')} />
        ) : null}
      </Stack>
    </>
  );
};
