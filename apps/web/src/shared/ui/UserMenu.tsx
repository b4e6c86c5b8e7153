import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../session/SessionContext';
import { useSessionActions } from '../session/useSessionActions';

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter((part) => /^\p{L}/u.test(part))
    .slice(-2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');

export const UserMenu = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { logout, loggingOut, switchTenant, switching } = useSessionActions();
  const name = viewer.user?.name ?? viewer.tenant.name;
  const otherFirms = viewer.memberships.filter((membership) => membership.tenant.id !== viewer.tenant.id);

  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          c="var(--mantine-color-text)"
          leftSection={
            <Avatar size="sm" color="blue" name={name}>
              {initialsOf(name)}
            </Avatar>
          }
          loading={loggingOut || switching}
          aria-label={t('userMenu.open', { name, firm: viewer.tenant.name })}
        >
          <Text size="sm" fw={500} visibleFrom="sm" truncate maw={180}>
            {viewer.tenant.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.signedInAs', { name })}</Menu.Label>
        {otherFirms.length > 0 ? (
          <>
            <Menu.Divider />
            <Menu.Label>{t('userMenu.switchFirm')}</Menu.Label>
            {otherFirms.map((membership) => (
              <Menu.Item key={membership.tenant.id} onClick={() => void switchTenant(membership.tenant.id)}>
                {membership.tenant.name}
              </Menu.Item>
            ))}
          </>
        ) : null}
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings">
          {t('nav.settings')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => void logout()}>
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
};
