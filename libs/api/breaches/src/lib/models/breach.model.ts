import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';
import type { BreachRisk } from '@klarsicht/compliance-rules/legal-clocks';
import { BreachRiskEnum } from '../breach.enums';

@ObjectType('SupervisoryAuthority')
export class SupervisoryAuthorityModel {
  @Field(() => String, { description: 'Federal state code, or BUND for the BfDI.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) shortName!: string;
  @Field(() => String) street!: string;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
  @Field(() => String) website!: string;
  @Field(() => String) reportingUrl!: string;
}

@ObjectType('Breach')
export class BreachModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => Date, { description: 'Awareness: the 72-hour clock starts here.' }) discoveredAt!: Date;
  @Field(() => Date, { nullable: true }) occurredAt!: Date | null;
  @Field(() => [String]) dataCategories!: string[];
  @Field(() => [String]) subjectCategories!: string[];
  @Field(() => Int, { nullable: true }) approxSubjects!: number | null;
  @Field(() => Int, { nullable: true }) approxRecords!: number | null;
  @Field(() => String) likelyConsequences!: string;
  @Field(() => String) measures!: string;
  @Field(() => BreachRiskEnum) risk!: BreachRisk;
  @Field(() => Boolean, { description: 'RISK or HIGH_RISK: the authority must be notified (Art. 33(1)).' })
  notificationRequired!: boolean;
  @Field(() => Date, { description: 'discoveredAt + 72 hours.' }) notificationDeadline!: Date;
  @Field(() => Int, {
    description: 'Whole minutes to the deadline at the time of the query (negative once past).',
  })
  minutesRemaining!: number;
  @Field(() => Boolean, { description: 'Notification required, not notified, deadline passed.' })
  overdue!: boolean;
  @Field(() => SupervisoryAuthorityModel, { nullable: true }) authority!: SupervisoryAuthorityModel | null;
  @Field(() => String, { nullable: true }) contact!: string | null;
  @Field(() => Date, { nullable: true }) notifiedAt!: Date | null;
  @Field(() => String, { nullable: true }) notificationReference!: string | null;
  @Field(() => String, { nullable: true }) lateReason!: string | null;
  @Field(() => Boolean, { description: 'HIGH_RISK: the people must be told (Art. 34).' })
  subjectsCommunicationRequired!: boolean;
  @Field(() => Date, { nullable: true }) subjectsInformedAt!: Date | null;
  @Field(() => String, { nullable: true }) subjectsCommunication!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) clientName!: string;
}

@ObjectType()
export class BreachConnection extends Connection(BreachModel, 'Breach') {}
