import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { TasksService } from '@klarsicht/api-tasks';
import { DEFAULT_HISTORY_DAYS, PortfolioHistoryArgs } from './dto/portfolio-history.args';
import { PortfolioSnapshotModel } from './models/portfolio-snapshot.model';
import { PortfolioSummaryModel } from './models/portfolio-summary.model';
import { PortfolioService } from './portfolio.service';

@Resolver(() => PortfolioSnapshotModel)
export class PortfolioResolver {
  constructor(private readonly service: PortfolioService) {}

  @Query(() => [PortfolioSnapshotModel], {
    description: "The firm's portfolio per day, oldest first, today included (firm staff).",
  })
  portfolioHistory(
    @Ctx() ctx: RequestContext,
    @Args() args: PortfolioHistoryArgs,
  ): Promise<PortfolioSnapshotModel[]> {
    return this.service.history(ctx, args.days ?? DEFAULT_HISTORY_DAYS);
  }
}

@Resolver(() => PortfolioSummaryModel)
export class PortfolioSummaryResolver {
  constructor(
    private readonly service: PortfolioService,
    private readonly tasks: TasksService,
  ) {}

  @Query(() => PortfolioSummaryModel)
  portfolioSummary(@Ctx() ctx: RequestContext): Promise<PortfolioSummaryModel> {
    return this.service.summary(ctx);
  }

  @ResolveField(() => Int)
  overdueTasks(@Ctx() ctx: RequestContext): Promise<number> {
    return this.tasks.overdueTotal(ctx);
  }
}
