import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '@klarsicht/api-core';
import {
  CLOSING_STATUSES,
  IDENTITY_STATUSES,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  ClosingStatusEnum,
  IdentityStatusEnum,
  RequestChannelEnum,
  RequestStatusEnum,
  RequestTypeEnum,
  type ClosingStatus,
  type IdentityStatus,
  type RequestChannel,
  type RequestStatus,
  type RequestType,
} from '../requests.enums';

@InputType()
export class CreateDataSubjectRequestInput {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => RequestTypeEnum) @IsIn(REQUEST_TYPES) type!: RequestType;
  @Field(() => RequestChannelEnum) @IsIn(REQUEST_CHANNELS) channel!: RequestChannel;
  @Field(() => Date, {
    description: 'When the request reached the client; the deadline counts from its Berlin day.',
  })
  @IsDate()
  receivedAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: "The person's phone number: stored sealed, shown masked; the actions need it.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phoneNumber?: string | null;
  @Field(() => IdentityStatusEnum, { nullable: true, description: 'Default PENDING.' })
  @IsOptional()
  @IsIn(IDENTITY_STATUSES)
  identityStatus?: IdentityStatus | null;
  @Field(() => String, { nullable: true, description: 'What was asked, without personal data beyond need.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType()
export class ExtendDataSubjectRequestInput {
  @Field(() => Int, { description: 'Total extension in months (1 or 2), Art. 12(3) sentence 2 DSGVO.' })
  @IsInt()
  @Min(1)
  @Max(2)
  months!: number;
  @Field(() => String, { description: 'Why: the complexity and number of requests; the person is told it.' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

@InputType()
export class CloseDataSubjectRequestInput {
  @Field(() => ClosingStatusEnum) @IsIn(CLOSING_STATUSES) outcome!: ClosingStatus;
  @Field(() => Date, { nullable: true, description: 'When the person was answered; default now.' })
  @IsOptional()
  @IsDate()
  respondedAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) note?: string | null;
}

@InputType()
export class DataSubjectRequestFilter {
  @Field(() => [RequestStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(REQUEST_STATUSES, { each: true })
  status?: RequestStatus[] | null;
  @Field(() => [RequestTypeEnum], { nullable: true })
  @IsOptional()
  @IsIn(REQUEST_TYPES, { each: true })
  type?: RequestType[] | null;
}

@ArgsType()
export class DataSubjectRequestsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Omitted: every client the caller sees (the firm-wide list).',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string | null;
  @Field(() => DataSubjectRequestFilter, { nullable: true })
  @IsOptional()
  filter?: DataSubjectRequestFilter | null;
}
