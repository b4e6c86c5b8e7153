import { graphql } from '../../../gql';

export const PortfolioClientFields = graphql(`
  fragment PortfolioClientFields on Client {
    id
    name
    archived
    createdAt
    openTaskCount
    nextReviewAt
    breachDeadline
    compliance {
      level
      score
    }
    consentStats {
      confirmed
      pending
    }
  }
`);
