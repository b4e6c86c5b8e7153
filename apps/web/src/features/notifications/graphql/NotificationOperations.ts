import { graphql } from '../../../gql';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int) {
    notifications(first: $first) {
      unreadCount
      edges {
        node {
          id
          title
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      language
      digestEnabled
      digestHour
      remindersEnabled
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      language
      digestEnabled
      digestHour
      remindersEnabled
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      accessToken
      role
      clientId
    }
  }
`);
