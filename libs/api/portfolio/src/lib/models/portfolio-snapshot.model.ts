import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LevelCountModel } from './portfolio-summary.model';

@ObjectType('PortfolioSnapshot', {
  description: "The firm's portfolio as it stood at the end of a day (the current day: as it stands now).",
})
export class PortfolioSnapshotModel {
  @Field(() => String, { description: 'Calendar day (Europe/Berlin), YYYY-MM-DD.' }) day!: string;
  @Field(() => Int) clientCount!: number;
  @Field(() => [LevelCountModel], { description: 'Active clients per level, every level listed.' })
  byLevel!: LevelCountModel[];
  @Field(() => Int) openTasks!: number;
  @Field(() => Int) overdueTasks!: number;
}
