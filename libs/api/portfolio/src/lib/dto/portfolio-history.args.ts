import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_HISTORY_DAYS = 90;
export const MAX_HISTORY_DAYS = 731;

@ArgsType()
export class PortfolioHistoryArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_HISTORY_DAYS,
    description: `Days back from today, today included (1–${MAX_HISTORY_DAYS}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_HISTORY_DAYS)
  days?: number | null;
}
