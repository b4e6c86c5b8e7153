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

export const SsoSettingsFields = graphql(`
  fragment SsoSettingsFields on SsoSettings {
    issuer
    clientId
    hasClientSecret
    allowedDomains
    defaultRole
    enabled
    requireSso
    redirectUri
  }
`);

export const SsoSettingsQuery = graphql(`
  query SsoSettings {
    ssoSettings {
      ...SsoSettingsFields
    }
  }
`);

export const ConfigureSsoMutation = graphql(`
  mutation ConfigureSso($input: SsoSettingsInput!) {
    configureSso(input: $input) {
      ...SsoSettingsFields
    }
  }
`);
