import { type ComponentType, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { FirmOnly } from '../shared/session/FirmOnly';
import { RequireSession } from '../shared/session/RequireSession';
import { AppShellLayout } from '../shared/ui/AppShellLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

// Pages use named exports; React.lazy wants a default one. A page whose code is already there renders at once:
// React.lazy would suspend once even then, and the Suspense fallback delays the page by up to 300 ms.
const lazyPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => {
  let loaded: ComponentType | undefined;
  const remember = async (): Promise<ComponentType> => {
    const page = (await load())[name];
    loaded = page;
    return page;
  };
  const Lazy = lazy(async () => ({ default: await remember() }));
  const Page = () => {
    const Loaded = loaded ?? Lazy;
    return <Loaded />;
  };
  return Object.assign(Page, { preload: () => void remember().catch(() => undefined) });
};

const ClientListPage = lazyPage(() => import('../features/clients/pages/ClientListPage'), 'ClientListPage');
// The start page's code loads while the session is being restored, not after it (bench/web.md).
if (window.location.pathname === '/') ClientListPage.preload();
const ClientPage = lazyPage(() => import('../features/clients/pages/ClientPage'), 'ClientPage');
const TasksPage = lazyPage(() => import('../features/tasks/pages/TasksPage'), 'TasksPage');
const DeadlinesPage = lazyPage(() => import('../features/deadlines/pages/DeadlinesPage'), 'DeadlinesPage');
const AuditPage = lazyPage(() => import('../features/audit/pages/AuditPage'), 'AuditPage');
const SettingsPage = lazyPage(() => import('../features/settings/pages/SettingsPage'), 'SettingsPage');
const LoginPage = lazyPage(() => import('../features/auth/pages/LoginPage'), 'LoginPage');
const SsoCompletePage = lazyPage(() => import('../features/sso/pages/SsoCompletePage'), 'SsoCompletePage');
const SignUpPage = lazyPage(() => import('../features/auth/pages/SignUpPage'), 'SignUpPage');
const AcceptInvitationPage = lazyPage(
  () => import('../features/auth/pages/AcceptInvitationPage'),
  'AcceptInvitationPage',
);

const ForgotPasswordPage = lazyPage(
  () => import('../features/notifications/pages/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(
  () => import('../features/notifications/pages/ResetPasswordPage'),
  'ResetPasswordPage',
);

const ConsentConfirmPage = lazyPage(
  () => import('../features/consent/pages/ConsentConfirmPage'),
  'ConsentConfirmPage',
);
const CampaignsPage = lazyPage(() => import('../features/campaigns/pages/CampaignsPage'), 'CampaignsPage');
const CampaignPage = lazyPage(() => import('../features/campaigns/pages/CampaignPage'), 'CampaignPage');
const RequestIntakePage = lazyPage(
  () => import('../features/requests/pages/RequestIntakePage'),
  'RequestIntakePage',
);
const ConsentWithdrawPage = lazyPage(
  () => import('../features/consent/pages/ConsentWithdrawPage'),
  'ConsentWithdrawPage',
);

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/login/sso', element: <SsoCompletePage /> },
      { path: '/signup', element: <SignUpPage /> },
      { path: '/invitations/:token', element: <AcceptInvitationPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password/:token', element: <ResetPasswordPage /> },
      // Public consent pages (no session): the links from requestConsent.
      { path: '/consent/:token', element: <ConsentConfirmPage /> },
      { path: '/consent/:token/withdraw', element: <ConsentWithdrawPage /> },
      { path: '/anfrage/:token', element: <RequestIntakePage /> },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShellLayout />,
            children: [
              {
                element: <FirmOnly />,
                children: [
                  { index: true, element: <ClientListPage /> },
                  { path: 'tasks', element: <TasksPage /> },
                  { path: 'deadlines', element: <DeadlinesPage /> },
                  { path: 'campaigns', element: <CampaignsPage /> },
                  { path: 'campaigns/:campaignId', element: <CampaignPage /> },
                  { path: 'audit', element: <AuditPage /> },
                ],
              },
              { path: 'clients/:clientId', element: <ClientPage /> },
              { path: 'settings', element: <SettingsPage /> },
              // The link in every mail: the settings page, scrolled to the notification settings.
              { path: 'settings/notifications', element: <SettingsPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
