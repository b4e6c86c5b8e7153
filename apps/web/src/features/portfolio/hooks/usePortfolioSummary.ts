import { useQuery } from '@apollo/client/react';
import { PortfolioSummaryQuery } from '../graphql/PortfolioSummaryQuery';

/** The firm's figures today: clients by level, open tasks, reviews due. */
export const usePortfolioSummary = () => {
  const { data, loading, error, refetch } = useQuery(PortfolioSummaryQuery);
  return { summary: data?.portfolioSummary, loading, error, retry: () => void refetch() };
};
