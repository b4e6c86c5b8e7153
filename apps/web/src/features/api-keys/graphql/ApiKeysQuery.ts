import { graphql } from '../../../gql';

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      scopes
      clientId
      expiresAt
      lastUsedAt
      revokedAt
      createdAt
      active
    }
  }
`);
