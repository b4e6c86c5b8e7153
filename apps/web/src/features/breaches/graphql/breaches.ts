import { graphql } from '../../../gql';

export const ClientBreachesQuery = graphql(`
  query ClientBreaches($clientId: ID!, $first: Int) {
    breaches(clientId: $clientId, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          description
          discoveredAt
          risk
          notificationRequired
          notificationDeadline
          overdue
          notifiedAt
          notificationReference
          lateReason
          subjectsCommunicationRequired
          subjectsInformedAt
          authority {
            code
            shortName
            name
            reportingUrl
          }
          notificationDraft
        }
      }
    }
  }
`);

export const ReportBreachMutation = graphql(`
  mutation ReportBreach($input: ReportBreachInput!) {
    reportBreach(input: $input) {
      id
    }
  }
`);

export const MarkBreachNotifiedMutation = graphql(`
  mutation MarkBreachNotified($id: ID!, $input: MarkBreachNotifiedInput!) {
    markBreachNotified(id: $id, input: $input) {
      id
      notifiedAt
      overdue
    }
  }
`);
