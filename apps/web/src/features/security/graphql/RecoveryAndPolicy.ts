import { graphql } from '../../../gql';

export const GenerateRecoveryCodesMutation = graphql(`
  mutation GenerateRecoveryCodes($input: TotpCodeInput!) {
    generateRecoveryCodes(input: $input)
  }
`);

export const SetRequireTwoFactorMutation = graphql(`
  mutation SetRequireTwoFactor($required: Boolean!) {
    setRequireTwoFactor(required: $required)
  }
`);
