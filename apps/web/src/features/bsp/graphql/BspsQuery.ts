import { graphql } from '../../../gql';

export const BspsQuery = graphql(`
  query Bsps {
    bsps {
      id
      name
      hostingRegion
      transferMechanism
      dpaAvailable
    }
  }
`);
