import { createContext, useContext } from 'react';
import type { MeQuery } from '../../gql/graphql';

export type Viewer = MeQuery['me'];

export const SessionContext = createContext<Viewer | null>(null);

export const useViewer = (): Viewer => {
  const viewer = useContext(SessionContext);
  if (!viewer) throw new Error('useViewer must be used below <RequireSession>');
  return viewer;
};
