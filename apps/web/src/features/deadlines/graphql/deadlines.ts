import { graphql } from '../../../gql';

export const FirmDeadlinesQuery = graphql(`
  query FirmDeadlines {
    dataSubjectRequests(first: 500, filter: { status: [OPEN, EXTENDED] }) {
      totalCount
      edges {
        node {
          id
          clientId
          clientName
          type
          dueOn
          dueAt
          overdue
        }
      }
    }
    breaches(first: 500) {
      edges {
        node {
          id
          clientId
          clientName
          title
          notificationRequired
          notificationDeadline
          notifiedAt
        }
      }
    }
  }
`);
