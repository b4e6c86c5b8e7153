import { graphql } from '../../../gql';

export const UpdateMessagingChannelKeywordsMutation = graphql(`
  mutation UpdateMessagingChannelKeywords($id: ID!, $input: MessagingKeywordsInput!) {
    updateMessagingChannelKeywords(id: $id, input: $input) {
      id
      optOutKeywords
      optOutPurposes
      confirmKeywords
    }
  }
`);
