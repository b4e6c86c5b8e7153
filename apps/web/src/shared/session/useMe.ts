import { useQuery } from '@apollo/client/react';
import { MeQuery } from './MeQuery';

/** The signed-in viewer: user, current firm and role, the other firms they belong to. */
export const useMe = () => {
  const { data, error, refetch } = useQuery(MeQuery);
  return { viewer: data?.me, error, retry: () => void refetch() };
};
