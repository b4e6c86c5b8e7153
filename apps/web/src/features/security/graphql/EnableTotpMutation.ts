import { graphql } from '../../../gql';

export const EnableTotpMutation = graphql(`
  mutation EnableTotp {
    enableTotp {
      otpauthUrl
      secret
    }
  }
`);
