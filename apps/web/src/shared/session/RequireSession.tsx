import { Center } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { refreshAccessToken } from '../auth/refresh-access-token';
import { useAccessToken } from '../auth/useAccessToken';
import { ErrorAlert } from '../ui/ErrorAlert';
import { RouteFallback } from '../ui/RouteFallback';
import { SessionContext } from './SessionContext';
import { useMe } from './useMe';

export type LoginRedirectState = { from?: string; reason?: 'session-expired' } | null;

const SessionGate = () => {
  const { viewer, error, retry } = useMe();
  const location = useLocation();
  // The firm requires two-factor sign-in: until it is set up, only the settings page (its setup) is open.
  if (viewer?.twoFactorSetupRequired && location.pathname !== '/settings')
    return <Navigate to="/settings" replace />;
  if (viewer) {
    return (
      <SessionContext.Provider value={viewer}>
        <Outlet />
      </SessionContext.Provider>
    );
  }
  if (error) {
    return (
      <Center component="main" mih="100vh" p="md">
        <ErrorAlert error={error} onRetry={retry} />
      </Center>
    );
  }
  return <RouteFallback />;
};

// Protects every route below it. After a reload the access token is gone (it lives only in
// memory), so the httpOnly refresh cookie is tried once before sending the user to /login.
export const RequireSession = () => {
  const token = useAccessToken();
  const location = useLocation();
  const [restoring, setRestoring] = useState(token === null);

  useEffect(() => {
    if (!restoring) return;
    let active = true;
    // Shared with any concurrent refresh, so StrictMode's second effect run sends nothing new.
    void refreshAccessToken().finally(() => {
      if (active) setRestoring(false);
    });
    return () => {
      active = false;
    };
  }, [restoring]);

  if (restoring) return <RouteFallback />;
  if (!token) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <SessionGate />;
};
