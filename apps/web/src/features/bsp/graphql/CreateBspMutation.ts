import { graphql } from '../../../gql';

export const CreateBspMutation = graphql(`
  mutation CreateBsp($input: CreateBspInput!) {
    createBsp(input: $input) {
      id
      name
      hostingRegion
      transferMechanism
      dpaAvailable
    }
  }
`);
