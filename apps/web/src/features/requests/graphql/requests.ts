import { graphql } from '../../../gql';

export const ClientRequestsQuery = graphql(`
  query ClientRequests($clientId: ID!, $first: Int) {
    dataSubjectRequests(clientId: $clientId, first: $first) {
      totalCount
      edges {
        node {
          id
          type
          channel
          receivedAt
          maskedPhoneNumber
          identityStatus
          dueOn
          dueAt
          overdue
          extensionMonths
          status
          respondedAt
        }
      }
    }
  }
`);

export const CreateRequestMutation = graphql(`
  mutation CreateRequest($input: CreateDataSubjectRequestInput!) {
    createDataSubjectRequest(input: $input) {
      id
    }
  }
`);
