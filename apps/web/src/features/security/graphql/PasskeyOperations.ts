import { graphql } from '../../../gql';

export const PasskeysQuery = graphql(`
  query Passkeys {
    passkeys {
      id
      name
      backedUp
      createdAt
      lastUsedAt
    }
  }
`);

export const PasskeyRegistrationOptionsMutation = graphql(`
  mutation PasskeyRegistrationOptions {
    passkeyRegistrationOptions
  }
`);

export const RegisterPasskeyMutation = graphql(`
  mutation RegisterPasskey($input: RegisterPasskeyInput!) {
    registerPasskey(input: $input) {
      id
      name
    }
  }
`);

export const RemovePasskeyMutation = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);
