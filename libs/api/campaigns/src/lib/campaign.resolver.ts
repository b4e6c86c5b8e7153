import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ClientModel } from '@klarsicht/api-clients';
import { CampaignService } from './campaign.service';
import { CampaignAnswerInput, CreateCampaignInput } from './dto/campaign.inputs';
import { CampaignModel, CampaignSummaryModel, ClientCampaignModel } from './models/campaign.model';

@Resolver(() => CampaignModel)
export class CampaignResolver {
  constructor(private readonly service: CampaignService) {}

  @Query(() => [CampaignSummaryModel], { description: "The firm's campaigns, newest first (the firm only)." })
  campaigns(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
  ): Promise<CampaignSummaryModel[]> {
    return this.service.list(ctx, first);
  }

  @Query(() => CampaignModel, { description: 'A campaign and its progress per client (the firm only).' })
  campaign(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CampaignModel> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => CampaignModel, {
    description:
      'Publish a requirement to many clients (clientIds or filter): one task each, new questions unanswered (AMBER until answered). OWNER or DPO only.',
  })
  createCampaign(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCampaignInput,
  ): Promise<CampaignModel> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => ClientCampaignModel, { description: "A client's yes/no answer to a campaign question." })
  answerCampaignQuestion(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CampaignAnswerInput,
  ): Promise<ClientCampaignModel> {
    return this.service.answer(ctx, input);
  }

  @Mutation(() => ClientCampaignModel, { description: "The DPO confirms a client's campaign answers." })
  verifyCampaignAnswers(
    @Ctx() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<ClientCampaignModel> {
    return this.service.verify(ctx, campaignId, clientId);
  }
}

@Resolver(() => ClientModel)
export class ClientCampaignsResolver {
  constructor(private readonly service: CampaignService) {}

  @ResolveField(() => [ClientCampaignModel], { description: 'Campaigns sent to the client, newest first.' })
  campaigns(@Ctx() ctx: RequestContext, @Parent() client: ClientModel): Promise<ClientCampaignModel[]> {
    return this.service.ofClient(ctx, client.id);
  }
}
