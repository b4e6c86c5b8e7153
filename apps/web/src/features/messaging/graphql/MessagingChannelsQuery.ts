import { graphql } from '../../../gql';

export const MessagingChannelsQuery = graphql(`
  query MessagingChannels($clientId: ID!) {
    messagingChannels(clientId: $clientId) {
      id
      provider
      maskedPhoneNumber
      webhookUrl
      optOutKeywords
      optOutPurposes
      confirmKeywords
      secretRotatedAt
      previousSecretValidUntil
      deliveries(first: 20) {
        id
        receivedAt
        kind
        outcome
      }
    }
  }
`);
