import { graphql } from '../../../gql';

export const RequestIntakeSettingsQuery = graphql(`
  query RequestIntakeSettings($clientId: ID!) {
    dataSubjectRequestIntake(clientId: $clientId) {
      clientId
      enabled
      url
    }
  }
`);

export const SetRequestIntakeMutation = graphql(`
  mutation SetRequestIntake($clientId: ID!, $enabled: Boolean!, $newLink: Boolean) {
    setDataSubjectRequestIntake(clientId: $clientId, enabled: $enabled, newLink: $newLink) {
      clientId
      enabled
      url
    }
  }
`);

export const PublicRequestIntakeQuery = graphql(`
  query PublicRequestIntake($token: String!) {
    publicDataSubjectRequestIntake(token: $token) {
      clientName
      types
    }
  }
`);

export const SubmitRequestMutation = graphql(`
  mutation SubmitRequest($token: String!, $input: SubmitDataSubjectRequestInput!) {
    submitDataSubjectRequest(token: $token, input: $input) {
      reference
      receivedAt
      dueOn
    }
  }
`);
