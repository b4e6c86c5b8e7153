import { graphql } from '../../../gql';

export const ClientOptionsQuery = graphql(`
  query ClientOptions($first: Int) {
    clients(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
