import { graphql } from '../../../gql';

export const PasskeyLoginOptionsMutation = graphql(`
  mutation PasskeyLoginOptions($input: PasskeyLoginOptionsInput) {
    passkeyLoginOptions(input: $input)
  }
`);

export const LoginWithPasskeyMutation = graphql(`
  mutation LoginWithPasskey($response: String!) {
    loginWithPasskey(response: $response) {
      accessToken
      role
      clientId
    }
  }
`);
