import { graphql } from '../../../gql';

export const UpdateBspMutation = graphql(`
  mutation UpdateBsp($id: ID!, $input: UpdateBspInput!) {
    updateBsp(id: $id, input: $input) {
      id
      name
      hostingRegion
      transferMechanism
      dpaAvailable
    }
  }
`);
