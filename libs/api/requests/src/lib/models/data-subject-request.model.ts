import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';
import {
  ActionOutcomeEnum,
  IdentityStatusEnum,
  RequestActionEnum,
  RequestChannelEnum,
  RequestStatusEnum,
  RequestTypeEnum,
  type ActionOutcome,
  type IdentityStatus,
  type RequestAction,
  type RequestChannel,
  type RequestStatus,
  type RequestType,
} from '../requests.enums';

@ObjectType('DataSubjectRequestActionRecord')
export class RequestActionModel {
  @Field(() => ID) id!: string;
  @Field(() => RequestActionEnum) action!: RequestAction;
  @Field(() => ActionOutcomeEnum) outcome!: ActionOutcome;
  @Field(() => String, { description: 'What happened, e.g. the legal hold that blocked an erasure.' })
  detail!: string;
  @Field(() => Date) performedAt!: Date;
}

@ObjectType('DataSubjectRequest')
export class DataSubjectRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => RequestTypeEnum) type!: RequestType;
  @Field(() => RequestChannelEnum) channel!: RequestChannel;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) maskedPhoneNumber!: string | null;
  /** Not a field: `contact` opens it (data-subject-request.resolver.ts). */
  sealedContact!: Buffer | null;
  @Field(() => IdentityStatusEnum) identityStatus!: IdentityStatus;
  @Field(() => String, {
    nullable: true,
    description:
      'The federal state whose public holidays the deadline was counted with (none: nationwide only).',
  })
  federalState!: string | null;
  @Field(() => String, { description: 'The day the period ends by the month rule (YYYY-MM-DD).' })
  periodEndOn!: string;
  @Field(() => String, {
    description: 'The due day: the next working day where periodEndOn is none (YYYY-MM-DD).',
  })
  dueOn!: string;
  @Field(() => Date, { description: 'The end of the due day in Europe/Berlin.' }) dueAt!: Date;
  @Field(() => Boolean, { description: 'Open and past dueAt.' }) overdue!: boolean;
  @Field(() => Int) extensionMonths!: number;
  @Field(() => String, { nullable: true }) extensionReason!: string | null;
  @Field(() => Date, { nullable: true }) extendedAt!: Date | null;
  @Field(() => RequestStatusEnum) status!: RequestStatus;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => String, { nullable: true }) responseNote!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class DataSubjectRequestConnection extends Connection(DataSubjectRequestModel, 'DataSubjectRequest') {}

@ObjectType('DataSubjectRequestActionResult')
export class RequestActionResultModel {
  @Field(() => DataSubjectRequestModel) request!: DataSubjectRequestModel;
  @Field(() => RequestActionModel) action!: RequestActionModel;
  @Field(() => String, {
    nullable: true,
    description:
      "EXPORT_CONSENT_DATA: the person's consent data (records, events, texts) as one JSON document; it is not stored.",
  })
  json!: string | null;
}
