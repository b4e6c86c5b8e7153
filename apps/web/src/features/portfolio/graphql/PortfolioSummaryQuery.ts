import { graphql } from '../../../gql';

export const PortfolioSummaryQuery = graphql(`
  query PortfolioSummary {
    portfolioSummary {
      clientCount
      openTasks
      reviewsDue
      byLevel {
        level
        count
      }
      consents {
        confirmed
        pending
      }
    }
  }
`);
