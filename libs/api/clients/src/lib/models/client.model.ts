import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';
import { ComplianceModel } from '@klarsicht/api-compliance';
import { ConsentStatsModel } from '@klarsicht/api-consent';
import { UserRefModel } from '@klarsicht/api-tenancy';
import { FederalStateEnum, type FederalState } from '../federal-state';

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
  @Field(() => Date, {
    nullable: true,
    description:
      'The deadline of the earliest running Art. 33 clock: a breach with a risk not yet notified (also once past).',
  })
  breachDeadline!: Date | null;
}

@ObjectType()
export class ClientConnection extends Connection(ClientModel, 'Client') {}
