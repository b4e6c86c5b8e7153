import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { REQUEST_TYPES, RequestTypeEnum, type RequestType } from '../requests.enums';

@ObjectType('DataSubjectRequestIntake', {
  description: "A client's public intake form (off unless enabled).",
})
export class RequestIntakeSettingsModel {
  @Field(() => ID) clientId!: string;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'The public URL to link from the client’s privacy notice; none before the form was first enabled.',
  })
  url!: string | null;
}

@ObjectType('PublicDataSubjectRequestIntake', { description: 'What the public form shows: whom it goes to.' })
export class PublicRequestIntakeModel {
  @Field(() => String, { description: 'The controller the request is addressed to.' }) clientName!: string;
  @Field(() => [RequestTypeEnum]) types!: RequestType[];
}

@ObjectType('SubmittedDataSubjectRequest')
export class SubmittedRequestModel {
  @Field(() => ID, { description: 'The reference to quote in later contact.' }) reference!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => String, { description: 'By when the answer is due (YYYY-MM-DD, Art. 12(3) DSGVO).' })
  dueOn!: string;
}

@InputType()
export class SubmitDataSubjectRequestInput {
  @Field(() => RequestTypeEnum) @IsIn(REQUEST_TYPES) type!: RequestType;
  @Field(() => String) @IsString() @Length(1, 200) name!: string;
  @Field(() => String, { description: 'Where the answer goes.' }) @IsEmail() @MaxLength(254) email!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The number the client messages on WhatsApp, so the request finds the consent data.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phoneNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) message?: string | null;
}
