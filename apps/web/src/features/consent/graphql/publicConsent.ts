import { graphql } from '../../../gql';

export const ConsentConfirmationQuery = graphql(`
  query ConsentConfirmation($token: String!) {
    consentConfirmation(token: $token) {
      businessName
      language
      title
      text
      textSha256
      purposes
      maskedPhoneNumber
      expiresAt
      state
    }
  }
`);

export const ConfirmConsentMutation = graphql(`
  mutation ConfirmConsent($token: String!) {
    confirmConsent(token: $token) {
      id
      confirmedAt
      records {
        purpose
        status
      }
    }
  }
`);

export const ConsentWithdrawalQuery = graphql(`
  query ConsentWithdrawal($token: String!) {
    consentWithdrawal(token: $token) {
      businessName
      purposes
      active
    }
  }
`);

export const WithdrawConsentByTokenMutation = graphql(`
  mutation WithdrawConsentByToken($token: String!) {
    withdrawConsentByToken(token: $token) {
      businessName
      active
    }
  }
`);
