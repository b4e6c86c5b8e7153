import { graphql } from '../../../gql';

export const MembersQuery = graphql(`
  query Members {
    members {
      id
      userId
      name
      email
      role
      clientId
      twoFactorEnabled
      createdAt
    }
  }
`);
