import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { InviteMemberInput } from './dto/invite-member.input';
import { InvitationModel, MemberModel } from './models/invitation.model';
import { TenancyService } from './tenancy.service';

@Resolver()
export class TenancyResolver {
  constructor(private readonly tenancy: TenancyService) {}

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

  @Query(() => [MemberModel])
  members(@Ctx() ctx: RequestContext): Promise<MemberModel[]> {
    return this.tenancy.members(ctx);
  }
}
