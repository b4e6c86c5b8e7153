import { graphql } from '../../../gql';

export const CreateClientMutation = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      ...PortfolioClientFields
    }
  }
`);
