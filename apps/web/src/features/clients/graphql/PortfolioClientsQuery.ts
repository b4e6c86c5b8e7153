import { graphql } from '../../../gql';

export const PortfolioClientsQuery = graphql(`
  query PortfolioClients($first: Int, $after: String) {
    clients(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...PortfolioClientFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
