import { Anchor, AppShell, Burger, Group, NavLink, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, Outlet, useLocation } from 'react-router';
import { isClientRole } from '@klarsicht/shared';
import { useViewer } from '../session/SessionContext';
import { LanguageSwitch } from './LanguageSwitch';
import { RouteFallback } from './RouteFallback';
import { UserMenu } from './UserMenu';

// The bell loads after the shell (its popover and list are not part of the first visit's JavaScript).
const NotificationBell = lazy(async () => ({
  default: (await import('../../features/notifications/components/NotificationBell')).NotificationBell,
}));

type NavItem = {
  to: string;
  labelKey:
    | 'nav.portfolio'
    | 'nav.tasks'
    | 'nav.deadlines'
    | 'nav.campaigns'
    | 'nav.audit'
    | 'nav.settings'
    | 'nav.myCompany';
  end: boolean;
};

const FIRM_NAV: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.portfolio', end: true },
  { to: '/tasks', labelKey: 'nav.tasks', end: false },
  { to: '/deadlines', labelKey: 'nav.deadlines', end: false },
  { to: '/campaigns', labelKey: 'nav.campaigns', end: false },
  { to: '/audit', labelKey: 'nav.audit', end: false },
  { to: '/settings', labelKey: 'nav.settings', end: false },
];

const NAVBAR_ID = 'app-navbar';
export const MAIN_CONTENT_ID = 'main-content';

export const AppShellLayout = () => {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const viewer = useViewer();
  // Client users see only their own company (the client portal).
  const navItems: readonly NavItem[] =
    isClientRole(viewer.role) && viewer.clientId
      ? [
          { to: `/clients/${viewer.clientId}`, labelKey: 'nav.myCompany', end: false },
          { to: '/settings', labelKey: 'nav.settings', end: false },
        ]
      : FIRM_NAV;
  const isDesktop = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true);
  // Off-canvas on mobile is only moved out of view; keep its links out of the tab order too.
  const navHidden = !isDesktop && !opened;

  return (
    <>
      <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={opened}
                aria-controls={NAVBAR_ID}
              />
              <Anchor
                component={Link}
                to="/"
                fw={700}
                fz="xl"
                c="var(--mantine-color-text)"
                underline="never"
              >
                {t('app.name')}
              </Anchor>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              {viewer.user ? (
                <Suspense fallback={null}>
                  <NotificationBell />
                </Suspense>
              ) : null}
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id={NAVBAR_ID} p="sm" aria-label={t('nav.label')} inert={navHidden}>
          {navItems.map((item) => {
            const active = matchPath({ path: item.to, end: item.end }, pathname) !== null;
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.labelKey)}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
              />
            );
          })}
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Suspense fallback={<RouteFallback />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
};
