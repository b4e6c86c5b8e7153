import { graphql } from '../../../gql';

export const CreateMessagingChannelMutation = graphql(`
  mutation CreateMessagingChannel($input: CreateMessagingChannelInput!) {
    createMessagingChannel(input: $input) {
      channel {
        id
        provider
        webhookUrl
      }
      secret
      verifyToken
    }
  }
`);
