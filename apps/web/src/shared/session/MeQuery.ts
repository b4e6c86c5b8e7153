import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      role
      clientId
      twoFactorSetupRequired
      user {
        id
        name
        email
        totpEnabled
      }
      tenant {
        id
        name
        requireTwoFactor
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
