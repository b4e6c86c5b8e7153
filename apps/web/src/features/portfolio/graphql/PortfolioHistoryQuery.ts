import { graphql } from '../../../gql';

export const PortfolioHistoryQuery = graphql(`
  query PortfolioHistory($days: Int) {
    portfolioHistory(days: $days) {
      day
      clientCount
      openTasks
      overdueTasks
      byLevel {
        level
        count
      }
    }
  }
`);
