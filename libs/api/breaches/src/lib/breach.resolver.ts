import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Ctx, type RequestContext } from '@klarsicht/api-core';
import { SUPERVISORY_AUTHORITIES } from '@klarsicht/compliance-rules/legal-clocks';
import { BreachService } from './breach.service';
import {
  BreachDetailsInput,
  BreachesArgs,
  MarkBreachNotifiedInput,
  ReportBreachInput,
} from './dto/breach.inputs';
import { BreachConnection, BreachModel, SupervisoryAuthorityModel } from './models/breach.model';

@Resolver(() => BreachModel)
export class BreachResolver {
  constructor(
    private readonly service: BreachService,
    private readonly access: AccessService,
  ) {}

  @Query(() => BreachConnection, {
    description: "A client's breach register (without clientId: the firm's), newest awareness first.",
  })
  breaches(@Ctx() ctx: RequestContext, @Args() args: BreachesArgs): Promise<BreachConnection> {
    return this.service.list(ctx, args);
  }

  @Query(() => BreachModel)
  breach(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<BreachModel> {
    return this.service.get(ctx, id);
  }

  @Query(() => [SupervisoryAuthorityModel], {
    description: 'The 16 Länder data protection authorities and the BfDI (code BUND).',
  })
  supervisoryAuthorities(@Ctx() ctx: RequestContext): SupervisoryAuthorityModel[] {
    this.access.require(ctx, 'requests', 'read');
    return SUPERVISORY_AUTHORITIES.map((a) => ({ ...a }));
  }

  @Mutation(() => BreachModel, {
    description: 'Document a breach (Art. 33(5)); the 72-hour clock starts at discoveredAt.',
  })
  reportBreach(@Ctx() ctx: RequestContext, @Args('input') input: ReportBreachInput): Promise<BreachModel> {
    return this.service.report(ctx, input);
  }

  @Mutation(() => BreachModel)
  updateBreach(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: BreachDetailsInput,
  ): Promise<BreachModel> {
    return this.service.update(ctx, id, input);
  }

  @Mutation(() => BreachModel, {
    description: 'Record the notification to the authority (reasons if after 72 hours).',
  })
  markBreachNotified(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MarkBreachNotifiedInput,
  ): Promise<BreachModel> {
    return this.service.markNotified(ctx, id, input);
  }

  @ResolveField(() => String, {
    description: 'A German notification with the Art. 33(3) contents, to send or adapt.',
  })
  notificationDraft(@Parent() breach: BreachModel): string {
    return this.service.draft(breach);
  }
}
