import { type ComponentType, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { FirmOnly } from '../shared/session/FirmOnly';
import { RequireSession } from '../shared/session/RequireSession';
import { AppShellLayout } from '../shared/ui/AppShellLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

// Pages use named exports; React.lazy wants a default one.
const lazyPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const PortfolioPage = lazyPage(() => import('../features/portfolio/pages/PortfolioPage'), 'PortfolioPage');
const ClientPage = lazyPage(() => import('../features/clients/pages/ClientPage'), 'ClientPage');
const TasksPage = lazyPage(() => import('../features/tasks/pages/TasksPage'), 'TasksPage');
const AuditPage = lazyPage(() => import('../features/audit/pages/AuditPage'), 'AuditPage');
const SettingsPage = lazyPage(() => import('../features/settings/pages/SettingsPage'), 'SettingsPage');
const LoginPage = lazyPage(() => import('../features/auth/pages/LoginPage'), 'LoginPage');
const SignUpPage = lazyPage(() => import('../features/auth/pages/SignUpPage'), 'SignUpPage');
const AcceptInvitationPage = lazyPage(
  () => import('../features/auth/pages/AcceptInvitationPage'),
  'AcceptInvitationPage',
);

const ConsentConfirmPage = lazyPage(() => import('../features/consent/pages/ConsentConfirmPage'), 'ConsentConfirmPage');
const ConsentWithdrawPage = lazyPage(() => import('../features/consent/pages/ConsentWithdrawPage'), 'ConsentWithdrawPage');

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/signup', element: <SignUpPage /> },
      { path: '/invitations/:token', element: <AcceptInvitationPage /> },
      // Public consent pages (no session): the links from requestConsent.
      { path: '/consent/:token', element: <ConsentConfirmPage /> },
      { path: '/consent/:token/withdraw', element: <ConsentWithdrawPage /> },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShellLayout />,
            children: [
              {
                element: <FirmOnly />,
                children: [
                  { index: true, element: <PortfolioPage /> },
                  { path: 'tasks', element: <TasksPage /> },
                  { path: 'audit', element: <AuditPage /> },
                ],
              },
              { path: 'clients/:clientId', element: <ClientPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
