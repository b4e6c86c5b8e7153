import { graphql } from '../../../gql';

export const ClientConsentsQuery = graphql(`
  query ClientConsents($clientId: ID!, $filter: ConsentFilter, $first: Int) {
    consentTexts(clientId: $clientId) {
      id
      version
      language
      title
      purposes
      sha256
      readabilityScore
      findings {
        checkId
        severity
      }
    }
    consentRecords(clientId: $clientId, filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          purpose
          status
          maskedPhoneNumber
          confirmedAt
          withdrawnAt
          updatedAt
        }
      }
    }
    consentImports(clientId: $clientId) {
      id
      state
      dryRun
      processedRows
      importedRows
      errorCount
      createdAt
    }
  }
`);

export const PublishConsentTextMutation = graphql(`
  mutation PublishConsentTextWeb($input: PublishConsentTextInput!) {
    publishConsentText(input: $input) {
      id
      version
    }
  }
`);

export const RequestConsentMutation = graphql(`
  mutation RequestConsentWeb($input: RequestConsentInput!) {
    requestConsent(input: $input) {
      id
      confirmationUrl
      expiresAt
    }
  }
`);
