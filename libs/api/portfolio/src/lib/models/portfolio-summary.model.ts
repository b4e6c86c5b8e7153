import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ComplianceLevel } from '@klarsicht/compliance-rules';
import { ComplianceLevelEnum } from '@klarsicht/api-compliance';
import { ConsentStatsModel } from '@klarsicht/api-consent';

@ObjectType('LevelCount')
export class LevelCountModel {
  @Field(() => ComplianceLevelEnum) level!: ComplianceLevel;
  @Field(() => Int) count!: number;
}

@ObjectType('PortfolioSummary')
export class PortfolioSummaryModel {
  @Field(() => Int) clientCount!: number;
  @Field(() => [LevelCountModel], { description: 'Active clients per level, every level listed.' })
  byLevel!: LevelCountModel[];
  @Field(() => Int) openTasks!: number;
  @Field(() => Int, { description: 'Clients whose next document review is due within 30 days or past.' })
  reviewsDue!: number;
  @Field(() => ConsentStatsModel) consents!: ConsentStatsModel;
  // Resolved field: overdueTasks.
}
