import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { AdviceService } from './advice.service';
import { AcknowledgeAdviceInput, AdviceListArgs, RecordAdviceInput } from './dto/advice.inputs';
import { AdviceModel } from './models/advice.model';

@Resolver(() => AdviceModel)
export class AdviceResolver {
  constructor(private readonly service: AdviceService) {}

  @Query(() => [AdviceModel], {
    description:
      "Recorded advice, newest first (a client's, or every client's the caller may see; at most 500).",
  })
  adviceRecords(@Ctx() ctx: RequestContext, @Args() args: AdviceListArgs): Promise<AdviceModel[]> {
    return this.service.list(ctx, args);
  }

  @Query(() => AdviceModel)
  advice(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<AdviceModel> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => AdviceModel, {
    description: 'Record advice to a client (OWNER or DPO only); append-only and audited.',
  })
  recordAdvice(@Ctx() ctx: RequestContext, @Args('input') input: RecordAdviceInput): Promise<AdviceModel> {
    return this.service.record(ctx, input);
  }

  @Mutation(() => AdviceModel, {
    description: "The client admin's answer to an advice, once: ACCEPTED, or DECLINED with the reason.",
  })
  acknowledgeAdvice(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AcknowledgeAdviceInput,
  ): Promise<AdviceModel> {
    return this.service.acknowledge(ctx, id, input);
  }
}
