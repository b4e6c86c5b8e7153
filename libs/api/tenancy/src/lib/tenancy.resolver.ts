import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@klarsicht/shared';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { InviteMemberInput } from './dto/invite-member.input';
import { InvitationModel, MemberModel, MemberRole } from './models/invitation.model';
import { MembersService } from './members.service';
import { TenancyService } from './tenancy.service';

@Resolver()
export class TenancyResolver {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly memberships: MembersService,
  ) {}

  @Mutation(() => InvitationModel, {
    description: 'Invite a person into the active firm; returns the accept URL once.',
  })
  inviteMember(
    @Ctx() ctx: RequestContext,
    @Args('input') input: InviteMemberInput,
  ): Promise<InvitationModel> {
    return this.tenancy.invite(ctx, input);
  }

  @Query(() => [InvitationModel])
  invitations(@Ctx() ctx: RequestContext): Promise<InvitationModel[]> {
    return this.tenancy.invitations(ctx);
  }

  @Mutation(() => InvitationModel, { description: 'Withdraw an open invitation; its link stops working.' })
  revokeInvitation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvitationModel> {
    return this.tenancy.revokeInvitation(ctx, id);
  }

  @Mutation(() => InvitationModel, {
    description: 'A new accept URL (returned once) for an open invitation; the old link stops working.',
  })
  resendInvitation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvitationModel> {
    return this.tenancy.resendInvitation(ctx, id);
  }

  @Mutation(() => Boolean, {
    description:
      'Firm policy (OWNER): staff (OWNER, DPO, ASSISTANT, AUDITOR) must set up two-factor sign-in before anything else; applies from their next sign-in or refresh.',
  })
  setRequireTwoFactor(@Ctx() ctx: RequestContext, @Args('required') required: boolean): Promise<boolean> {
    return this.tenancy.setRequireTwoFactor(ctx, required);
  }

  @Query(() => [MemberModel])
  members(@Ctx() ctx: RequestContext): Promise<MemberModel[]> {
    return this.memberships.list(ctx);
  }

  @Mutation(() => Boolean, {
    description:
      'Remove a member (OWNER; DPO for other roles), or leave the firm with your own membership id. Takes effect at once; the last owner stays.',
  })
  removeMember(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.memberships.remove(ctx, id);
  }

  @Mutation(() => MemberModel, {
    description:
      "Change a member's role (client roles need clientId). Takes effect at once, also for tokens already issued.",
  })
  changeMemberRole(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('role', { type: () => MemberRole }) role: Role,
    @Args('clientId', { type: () => ID, nullable: true }) clientId: string | null,
  ): Promise<MemberModel> {
    return this.memberships.changeRole(ctx, id, role, clientId ?? null);
  }
}
