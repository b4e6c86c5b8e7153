import { graphql } from '../../../gql';

export const TaskInboxQuery = graphql(`
  query TaskInbox($filter: TaskFilter, $first: Int) {
    tasks(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          status
          priority
          dueAt
          overdue
          source
          ruleId
          client {
            id
            name
          }
          assignee {
            id
            name
          }
        }
      }
    }
  }
`);

export const UpdateTaskStatusMutation = graphql(`
  mutation UpdateTaskStatus($id: ID!, $input: UpdateTaskInput!) {
    updateTask(id: $id, input: $input) {
      id
      status
      overdue
    }
  }
`);
