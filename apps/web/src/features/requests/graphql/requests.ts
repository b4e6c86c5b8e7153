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
          description
          contact
          identityStatus
          dueOn
          dueAt
          overdue
          extensionMonths
          status
          respondedAt
          actions {
            id
            action
            outcome
            detail
          }
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

export const SetRequestIdentityMutation = graphql(`
  mutation SetRequestIdentity($id: ID!, $status: IdentityCheckStatus!) {
    setDataSubjectRequestIdentity(id: $id, status: $status) {
      id
      identityStatus
    }
  }
`);

export const RunRequestActionMutation = graphql(`
  mutation RunRequestAction($id: ID!, $action: DataSubjectRequestAction!) {
    runDataSubjectRequestAction(id: $id, action: $action) {
      json
      action {
        id
        action
        outcome
        detail
      }
    }
  }
`);

export const ExtendRequestMutation = graphql(`
  mutation ExtendRequest($id: ID!, $input: ExtendDataSubjectRequestInput!) {
    extendDataSubjectRequest(id: $id, input: $input) {
      id
    }
  }
`);

export const CloseRequestMutation = graphql(`
  mutation CloseRequest($id: ID!, $input: CloseDataSubjectRequestInput!) {
    closeDataSubjectRequest(id: $id, input: $input) {
      id
    }
  }
`);
