import { graphql } from '../../../gql';

export const MembersQuery = graphql(`
  query Members {
    members {
      id
      name
      email
      role
      clientId
      createdAt
    }
  }
`);
