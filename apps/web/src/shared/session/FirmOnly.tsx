import { isClientRole } from '@klarsicht/shared';
import { Navigate, Outlet } from 'react-router';
import { useViewer } from './SessionContext';

// Firm-wide pages; a client user (client portal) goes straight to their own company instead.
export const FirmOnly = () => {
  const viewer = useViewer();
  if (isClientRole(viewer.role)) {
    return <Navigate to={viewer.clientId ? `/clients/${viewer.clientId}` : '/settings'} replace />;
  }
  return <Outlet />;
};
