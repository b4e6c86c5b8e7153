import { graphql } from '../../gql';

export const SwitchTenantMutation = graphql(`
  mutation SwitchTenant($tenantId: ID!) {
    switchTenant(tenantId: $tenantId) {
      accessToken
    }
  }
`);
