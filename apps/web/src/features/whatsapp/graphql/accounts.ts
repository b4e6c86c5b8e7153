import { graphql } from '../../../gql';

export const ClientAccountsQuery = graphql(`
  query ClientAccounts($id: ID!) {
    client(id: $id) {
      id
      compliance {
        level
        score
      }
      whatsAppAccounts {
        id
        label
        variant
        answeredAt
        bsp {
          id
        }
        answers {
          accountDeletionProcess
          addressBookOnlyConsentingContacts
          bspDpaSigned
          contactSyncDisabled
          dedicatedBusinessDevice
          doubleOptInDocumented
          privacyNoticeCoversWhatsApp
          profileHasImprint
          profileLinksPrivacyNotice
          sendsMarketing
          separateMarketingConsent
          usedForBusiness
        }
        findings {
          ruleId
          status
          severity
          title
          titleEn
        }
      }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateWhatsAppAccountWeb($input: CreateWhatsAppAccountInput!) {
    createWhatsAppAccount(input: $input) {
      id
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateWhatsAppAccountWeb($id: ID!, $input: UpdateWhatsAppAccountInput!) {
    updateWhatsAppAccount(id: $id, input: $input) {
      id
      variant
    }
  }
`);

export const WhatsAppBspOptionsQuery = graphql(`
  query WhatsAppBspOptions {
    bsps {
      id
      name
      hostingRegion
    }
  }
`);
