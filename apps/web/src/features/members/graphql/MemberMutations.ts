import { graphql } from '../../../gql';

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($id: ID!, $role: MemberRole!, $clientId: ID) {
    changeMemberRole(id: $id, role: $role, clientId: $clientId) {
      id
      role
      clientId
    }
  }
`);

export const ResetMemberSecondFactorMutation = graphql(`
  mutation ResetMemberSecondFactor($id: ID!) {
    resetMemberSecondFactor(id: $id)
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      expiresAt
      acceptUrl
    }
  }
`);
