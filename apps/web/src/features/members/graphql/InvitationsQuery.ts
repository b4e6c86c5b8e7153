import { graphql } from '../../../gql';

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      role
      clientId
      expiresAt
      acceptedAt
      revokedAt
    }
  }
`);
