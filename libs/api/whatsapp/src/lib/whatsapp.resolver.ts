import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ClientModel } from '@klarsicht/api-clients';
import { ComplianceService, FindingModel, toFindingModel } from '@klarsicht/api-compliance';
import {
  CreateBspInput,
  CreateWhatsAppAccountInput,
  UpdateBspInput,
  UpdateWhatsAppAccountInput,
} from './dto/whatsapp.inputs';
import { BspModel, WhatsAppAccountModel } from './models/whatsapp.models';
import { WhatsAppService } from './whatsapp.service';

@Resolver(() => WhatsAppAccountModel)
export class WhatsAppResolver {
  constructor(
    private readonly service: WhatsAppService,
    private readonly compliance: ComplianceService,
  ) {}

  @Query(() => [BspModel], { description: "The firm's BSP catalogue." })
  bsps(@Ctx() ctx: RequestContext): Promise<BspModel[]> {
    return this.service.listBsps(ctx);
  }

  @Mutation(() => BspModel)
  createBsp(@Ctx() ctx: RequestContext, @Args('input') input: CreateBspInput): Promise<BspModel> {
    return this.service.createBsp(ctx, input);
  }

  @Mutation(() => BspModel)
  updateBsp(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateBspInput,
  ): Promise<BspModel> {
    return this.service.updateBsp(ctx, id, input);
  }

  @Mutation(() => WhatsAppAccountModel)
  createWhatsAppAccount(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateWhatsAppAccountInput,
  ): Promise<WhatsAppAccountModel> {
    return this.service.createAccount(ctx, input);
  }

  @Mutation(() => WhatsAppAccountModel)
  updateWhatsAppAccount(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWhatsAppAccountInput,
  ): Promise<WhatsAppAccountModel> {
    return this.service.updateAccount(ctx, id, input);
  }

  @ResolveField(() => BspModel, { nullable: true })
  bsp(@Ctx() ctx: RequestContext, @Parent() account: WhatsAppAccountModel): Promise<BspModel | null> {
    return this.service.bspOf(ctx, account.bspId);
  }

  @ResolveField(() => [FindingModel])
  async findings(
    @Ctx() ctx: RequestContext,
    @Parent() account: WhatsAppAccountModel,
  ): Promise<FindingModel[]> {
    const result = await this.compliance.resultFor(ctx, account.clientId);
    return result.findings.filter((f) => f.accountId === account.id).map(toFindingModel);
  }
}

@Resolver(() => ClientModel)
export class ClientWhatsAppResolver {
  constructor(private readonly service: WhatsAppService) {}

  @ResolveField(() => [WhatsAppAccountModel])
  whatsAppAccounts(
    @Ctx() ctx: RequestContext,
    @Parent() client: ClientModel,
  ): Promise<WhatsAppAccountModel[]> {
    return this.service.accountsOf(ctx, client.id);
  }
}
