import { graphql } from '../../../gql';

export const PortfolioClientFields = graphql(`
  fragment PortfolioClientFields on Client {
    id
    name
    archived
    createdAt
    openTaskCount
    nextReviewAt
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
