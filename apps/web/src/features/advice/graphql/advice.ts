import { graphql } from '../../../gql';

export const ClientAdviceQuery = graphql(`
  query ClientAdvice($clientId: ID!) {
    adviceRecords(clientId: $clientId) {
      id
      subject
      body
      recommendation
      riskIfIgnored
      relatedRuleIds
      dueAt
      recordedAt
      recordedByName
      status
      overdue
      acknowledgement {
        decision
        comment
        acknowledgedAt
        acknowledgedByName
      }
    }
  }
`);

export const RecordAdviceMutation = graphql(`
  mutation RecordAdviceWeb($input: RecordAdviceInput!) {
    recordAdvice(input: $input) {
      id
    }
  }
`);

export const AcknowledgeAdviceMutation = graphql(`
  mutation AcknowledgeAdviceWeb($id: ID!, $input: AcknowledgeAdviceInput!) {
    acknowledgeAdvice(id: $id, input: $input) {
      id
      status
    }
  }
`);
