import { useQuery } from '@apollo/client/react';
import { PortfolioHistoryQuery } from '../graphql/PortfolioHistoryQuery';

/** One snapshot of the portfolio per day, for the last `days` days. */
export const usePortfolioHistory = (days: number) => {
  const { data, error, refetch } = useQuery(PortfolioHistoryQuery, { variables: { days } });
  return { history: data?.portfolioHistory, error, retry: () => void refetch() };
};
