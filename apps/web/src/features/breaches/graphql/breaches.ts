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
          occurredAt
          dataCategories
          subjectCategories
          approxSubjects
          approxRecords
          likelyConsequences
          measures
          contact
          subjectsCommunication
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

export const UpdateBreachMutation = graphql(`
  mutation UpdateBreach($id: ID!, $input: BreachDetailsInput!) {
    updateBreach(id: $id, input: $input) {
      id
    }
  }
`);

export const SupervisoryAuthoritiesQuery = graphql(`
  query SupervisoryAuthorities {
    supervisoryAuthorities {
      code
      shortName
      name
    }
  }
`);
