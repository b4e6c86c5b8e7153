import { graphql } from '../../../gql';

export const ConfirmTotpMutation = graphql(`
  mutation ConfirmTotp($input: TotpCodeInput!) {
    confirmTotp(input: $input) {
      id
      totpEnabled
    }
  }
`);
