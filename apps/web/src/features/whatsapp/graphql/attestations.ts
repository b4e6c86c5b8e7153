import { graphql } from '../../../gql';

export const AccountAttestationsQuery = graphql(`
  query AccountAttestations($id: ID!) {
    client(id: $id) {
      id
      whatsAppAccounts {
        id
        attestations {
          key
          value
          state
          answeredAt
          answeredByName
          evidenceDocumentId
          reviewComment
          expired
        }
      }
    }
    documents(clientId: $id, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const ReviewAnswerMutation = graphql(`
  mutation ReviewAnswerWeb($accountId: ID!, $key: String!, $input: ReviewAnswerInput!) {
    reviewAnswer(accountId: $accountId, key: $key, input: $input) {
      key
      state
    }
  }
`);

export const AttachEvidenceMutation = graphql(`
  mutation AttachAnswerEvidenceWeb($accountId: ID!, $key: String!, $documentId: ID!) {
    attachAnswerEvidence(accountId: $accountId, key: $key, documentId: $documentId) {
      key
      evidenceDocumentId
    }
  }
`);

export const AttestationPolicyQuery = graphql(`
  query AttestationPolicy($clientId: ID!) {
    client(id: $clientId) {
      id
      attestationPolicy {
        acceptClaimedAnswers
        reattestationMonths
      }
    }
  }
`);

export const SetAttestationPolicyMutation = graphql(`
  mutation SetAttestationPolicy($clientId: ID!, $input: AttestationPolicyInput!) {
    setAttestationPolicy(clientId: $clientId, input: $input) {
      acceptClaimedAnswers
      reattestationMonths
    }
  }
`);
