import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';
import type { ComplianceLevel } from '@klarsicht/compliance-rules';
import { ComplianceLevelEnum, FederalStateEnum, type FederalState } from '../federal-state';

@ObjectType('UserRef')
export class UserRefModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('Compliance')
export class ComplianceModel {
  @Field(() => Int, { description: '0–100, weighted by severity.' }) score!: number;
  @Field(() => ComplianceLevelEnum) level!: ComplianceLevel;
  // Not exposed: lets the findings field load lazily for this client.
  clientId!: string;
}

@ObjectType('ConsentStats')
export class ConsentStatsModel {
  @Field(() => Int) pending!: number;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int) expired!: number;
}

@ObjectType('Client')
export class ClientModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) archived!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => UserRefModel, { nullable: true }) assignedDpo!: UserRefModel | null;
  @Field(() => String, { nullable: true }) industry!: string | null;
  @Field(() => FederalStateEnum, { nullable: true }) federalState!: FederalState | null;
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => ComplianceModel) compliance!: ComplianceModel;
  @Field(() => Int) openTaskCount!: number;
  // Derived at read time in the same statement as the row (overdue depends on the clock), so a page of clients stays one query.
  @Field(() => Int) overdueTaskCount!: number;
  @Field(() => ConsentStatsModel) consentStats!: ConsentStatsModel;
  @Field(() => Date, { nullable: true }) nextReviewAt!: Date | null;
}

@ObjectType()
export class ClientConnection extends Connection(ClientModel, 'Client') {}

@ObjectType('LevelCount')
export class LevelCountModel {
  @Field(() => ComplianceLevelEnum) level!: ComplianceLevel;
  @Field(() => Int) count!: number;
}

@ObjectType('PortfolioSummary')
export class PortfolioSummaryModel {
  @Field(() => Int) clientCount!: number;
  @Field(() => [LevelCountModel], { description: 'Active clients per level, every level listed.' }) byLevel!: LevelCountModel[];
  @Field(() => Int) openTasks!: number;
  @Field(() => Int, { description: 'Clients whose next document review is due within 30 days or past.' }) reviewsDue!: number;
  @Field(() => ConsentStatsModel) consents!: ConsentStatsModel;
}
