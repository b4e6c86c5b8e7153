import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      role
      clientId
      user {
        id
        name
        email
        totpEnabled
      }
      tenant {
        id
        name
      }
      memberships {
        role
        clientId
        tenant {
          id
          name
        }
      }
    }
  }
`);
