import { useQuery } from '@apollo/client/react';
import { MembersQuery } from '../graphql/MembersQuery';

/** The firm's members with their roles. */
export const useMembers = () => {
  const { data, loading, error, refetch } = useQuery(MembersQuery);
  return { members: data?.members, loading, error, retry: () => void refetch() };
};
