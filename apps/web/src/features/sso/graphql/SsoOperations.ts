import { graphql } from '../../../gql';

export const SsoOptionsQuery = graphql(`
  query SsoOptions($email: String!) {
    ssoOptions(email: $email) {
      tenantId
      tenantName
      startUrl
    }
  }
`);

export const SsoSettingsQuery = graphql(`
  query SsoSettings {
    ssoSettings {
      issuer
      clientId
      hasClientSecret
      allowedDomains
      defaultRole
      enabled
      requireSso
      redirectUri
    }
  }
`);

export const ConfigureSsoMutation = graphql(`
  mutation ConfigureSso($input: SsoSettingsInput!) {
    configureSso(input: $input) {
      issuer
      clientId
      hasClientSecret
      allowedDomains
      defaultRole
      enabled
      requireSso
      redirectUri
    }
  }
`);
