import { graphql } from '../../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          sequence
          occurredAt
          action
          actorType
          actorLabel
          entityType
          entityId
          clientId
          changes
          ip
          hash
        }
      }
    }
  }
`);

export const VerifyAuditChainQuery = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      valid
      checkedCount
      firstInvalidSequence
      headHash
    }
  }
`);
