import { graphql } from '../../../gql';

export const ClientDocumentsQuery = graphql(`
  query ClientDocuments($clientId: ID!, $first: Int) {
    documents(clientId: $clientId, first: $first) {
      totalCount
      edges {
        node {
          id
          type
          title
          status
          nextReviewAt
          reviewDue
          returnReason
          versions {
            id
            version
            filename
            contentType
            size
            sha256
            uploadedAt
            downloadUrl
          }
        }
      }
    }
  }
`);

export const CreateDocumentMutation = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      id
    }
  }
`);

export const ApproveDocumentMutation = graphql(`
  mutation ApproveDocument($id: ID!) {
    approveDocument(id: $id) {
      id
      status
      nextReviewAt
    }
  }
`);
