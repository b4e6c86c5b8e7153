import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  AdviceDecisionEnum,
  AdviceStatusEnum,
  type AdviceDecision,
  type AdviceStatus,
} from '../advice.enums';

@ObjectType('AdviceAcknowledgement')
export class AdviceAcknowledgementModel {
  @Field(() => AdviceDecisionEnum) decision!: AdviceDecision;
  @Field(() => String) comment!: string;
  @Field(() => Date) acknowledgedAt!: Date;
  @Field(() => String, { nullable: true }) acknowledgedByName!: string | null;
}

@ObjectType('Advice', {
  description: 'A recorded advice of the DPO and the client’s acknowledgement (append-only).',
})
export class AdviceModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => String) recommendation!: string;
  @Field(() => String) riskIfIgnored!: string;
  @Field(() => [String]) relatedRuleIds!: string[];
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
  @Field(() => AdviceStatusEnum) status!: AdviceStatus;
  @Field(() => Boolean, { description: 'Not acknowledged and past dueAt.' }) overdue!: boolean;
  @Field(() => AdviceAcknowledgementModel, { nullable: true })
  acknowledgement!: AdviceAcknowledgementModel | null;
}
