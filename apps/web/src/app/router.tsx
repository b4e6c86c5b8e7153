import { type ComponentType, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppShellLayout } from '../shared/ui/AppShellLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

// Pages use named exports; React.lazy wants a default one.
const lazyPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const PortfolioPage = lazyPage(() => import('../features/portfolio/pages/PortfolioPage'), 'PortfolioPage');
const TasksPage = lazyPage(() => import('../features/tasks/pages/TasksPage'), 'TasksPage');
const AuditPage = lazyPage(() => import('../features/audit/pages/AuditPage'), 'AuditPage');
const SettingsPage = lazyPage(() => import('../features/settings/pages/SettingsPage'), 'SettingsPage');
const LoginPage = lazyPage(() => import('../features/auth/pages/LoginPage'), 'LoginPage');

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <AppShellLayout />,
        children: [
          { index: true, element: <PortfolioPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
