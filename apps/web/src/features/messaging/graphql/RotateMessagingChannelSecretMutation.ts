import { graphql } from '../../../gql';

export const RotateMessagingChannelSecretMutation = graphql(`
  mutation RotateMessagingChannelSecret($id: ID!) {
    rotateMessagingChannelSecret(id: $id) {
      channel {
        id
        provider
        webhookUrl
        secretRotatedAt
        previousSecretValidUntil
      }
      secret
      verifyToken
    }
  }
`);
