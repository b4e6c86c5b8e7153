import { useQuery } from '@apollo/client/react';
import type { BspsQuery as BspsResult } from '../../../gql/graphql';
import { BspsQuery } from '../graphql/BspsQuery';

export type Bsp = BspsResult['bsps'][number];

/** The firm's catalogue of business solution providers. */
export const useBsps = () => {
  const { data, loading, error, refetch } = useQuery(BspsQuery);
  return { bsps: data?.bsps, loading, error, retry: () => void refetch() };
};
