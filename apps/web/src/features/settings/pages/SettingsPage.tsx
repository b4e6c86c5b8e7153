import { useQuery } from '@apollo/client/react';
import { isClientRole, roleAllows, type Role } from '@klarsicht/shared';
import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ApiKeysSection } from '../components/ApiKeysSection';
import { BspSection } from '../components/BspSection';
import { InvitationsSection } from '../components/InvitationsSection';
import { MembersSection } from '../components/MembersSection';
import { TotpSettings } from '../components/TotpSettings';
import { ClientOptionsQuery } from '../graphql/ClientOptionsQuery';

const FirmSettings = ({ role }: { role: Role }) => {
  // One page of up to 1,000 clients; invitations for larger portfolios need a server-side search.
  const { data, error, refetch } = useQuery(ClientOptionsQuery, { variables: { first: 1000 } });
  const clients = useMemo(() => data?.clients.edges.map((edge) => edge.node) ?? [], [data]);
  const clientNames = useMemo(() => new Map(clients.map((client) => [client.id, client.name])), [clients]);
  return (
    <>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <MembersSection clientNames={clientNames} />
      <InvitationsSection
        canInvite={roleAllows(role, 'members', 'write')}
        clients={clients}
        clientNames={clientNames}
      />
      {roleAllows(role, 'settings', 'read') ? (
        <ApiKeysSection
          canManage={roleAllows(role, 'settings', 'write')}
          clients={clients}
          clientNames={clientNames}
        />
      ) : null}
    </>
  );
};

export const SettingsPage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const firmStaff = !isClientRole(viewer.role);
  return (
    <>
      <PageHeader title={t('settings.title')} description={viewer.tenant.name} />
      <Stack gap="md">
        <TotpSettings />
        {roleAllows(viewer.role, 'members', 'read') ? <FirmSettings role={viewer.role} /> : null}
        {firmStaff && roleAllows(viewer.role, 'clients', 'read') ? (
          <BspSection canEdit={roleAllows(viewer.role, 'clients', 'write')} />
        ) : null}
      </Stack>
    </>
  );
};
