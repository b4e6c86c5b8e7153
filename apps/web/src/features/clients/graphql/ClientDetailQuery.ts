import { graphql } from '../../../gql';

export const ClientDetailQuery = graphql(`
  query ClientDetail($id: ID!) {
    client(id: $id) {
      id
      name
      archived
      createdAt
      industry
      street
      postalCode
      city
      contactName
      contactEmail
      nextReviewAt
      openTaskCount
      assignedDpo {
        id
        name
      }
      compliance {
        level
        score
        findings {
          ruleId
          status
          severity
          title
          titleEn
          legalReference
          remediation
          remediationEn
          accountId
        }
      }
      consentStats {
        pending
        confirmed
        withdrawn
        expired
      }
    }
  }
`);
