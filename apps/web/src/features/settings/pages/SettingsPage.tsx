import { isClientRole, roleAllows, type Role } from '@klarsicht/shared';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { ApiKeysSection } from '../../api-keys/components/ApiKeysSection';
import { BspSection } from '../../bsp/components/BspSection';
import { useClientOptions } from '../../clients/hooks/useClientOptions';
import { InvitationsSection } from '../../members/components/InvitationsSection';
import { MembersSection } from '../../members/components/MembersSection';
import { NotificationPreferencesSection } from '../../notifications/components/NotificationPreferencesSection';
import { PasskeysSection } from '../../security/components/PasskeysSection';
import { PasswordSection } from '../../security/components/PasswordSection';
import { SessionsSection } from '../../security/components/SessionsSection';
import { TotpSettings } from '../../security/components/TotpSettings';
import { TwoFactorPolicySection } from '../../security/components/TwoFactorPolicySection';
import { SsoSettingsSection } from '../../sso/components/SsoSettingsSection';

const FirmSettings = ({ role, userId }: { role: Role; userId: string | null }) => {
  const { clients, clientNames, error, retry } = useClientOptions();
  return (
    <>
      {error ? <ErrorAlert error={error} onRetry={retry} /> : null}
      <MembersSection
        clientNames={clientNames}
        canManage={roleAllows(role, 'members', 'write')}
        viewerRole={role}
        viewerUserId={userId}
      />
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

/** The signed-in user's own security, and for firm staff the members, API keys and BSP catalogue. */
export const SettingsPage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const firmStaff = !isClientRole(viewer.role);
  if (viewer.twoFactorSetupRequired)
    return (
      <>
        <PageHeader title={t('settings.title')} description={viewer.tenant.name} />
        <Stack gap="md">
          <Alert color="yellow" role="alert">
            {t('settings.policy.setupFirst')}
          </Alert>
          <TotpSettings />
          <PasskeysSection />
        </Stack>
      </>
    );
  return (
    <>
      <PageHeader title={t('settings.title')} description={viewer.tenant.name} />
      <Stack gap="md">
        {viewer.user ? <PasswordSection /> : null}
        <TotpSettings />
        {viewer.user ? <PasskeysSection /> : null}
        {viewer.user ? <SessionsSection /> : null}
        {viewer.user ? <NotificationPreferencesSection /> : null}
        {viewer.role === 'OWNER' ? <TwoFactorPolicySection /> : null}
        {viewer.role === 'OWNER' ? <SsoSettingsSection /> : null}
        {roleAllows(viewer.role, 'members', 'read') ? (
          <FirmSettings role={viewer.role} userId={viewer.user?.id ?? null} />
        ) : null}
        {firmStaff && roleAllows(viewer.role, 'clients', 'read') ? (
          <BspSection canEdit={roleAllows(viewer.role, 'clients', 'write')} />
        ) : null}
      </Stack>
    </>
  );
};
