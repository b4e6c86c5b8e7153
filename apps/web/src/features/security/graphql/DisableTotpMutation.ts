import { graphql } from '../../../gql';

export const DisableTotpMutation = graphql(`
  mutation DisableTotp($input: TotpCodeInput!) {
    disableTotp(input: $input) {
      id
      totpEnabled
    }
  }
`);
