import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '@klarsicht/api-core';
import { BREACH_RISKS, type BreachRisk } from '@klarsicht/compliance-rules/legal-clocks';
import { BreachRiskEnum } from '../breach.enums';

@InputType({ description: 'What is known of a breach; omitted fields stay (on update).' })
export class BreachDetailsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) title?: string | null;
  @Field(() => String, { nullable: true, description: 'What happened (Art. 33(3)(a)).' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() occurredAt?: Date | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Categories of personal data, e.g. "Telefonnummern".',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  dataCategories?: string[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Categories of people, e.g. "Kundinnen und Kunden".',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  subjectCategories?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) approxSubjects?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) approxRecords?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) likelyConsequences?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) measures?:
    string | null;
  @Field(() => BreachRiskEnum, { nullable: true }) @IsOptional() @IsIn(BREACH_RISKS) risk?: BreachRisk | null;
  @Field(() => String, {
    nullable: true,
    description: "A supervisoryAuthorities code; default: the Land authority of the client's federal state.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  authorityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact for the authority (Art. 33(3)(b)).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  contact?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the people were told (Art. 34).' })
  @IsOptional()
  @IsDate()
  subjectsInformedAt?: Date | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  subjectsCommunication?: string | null;
}

@InputType()
export class ReportBreachInput extends BreachDetailsInput {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => Date, { description: 'When the controller became aware: the 72-hour clock starts here.' })
  @IsDate()
  discoveredAt!: Date;
}

@InputType()
export class MarkBreachNotifiedInput {
  @Field(() => Date, { nullable: true, description: 'Default now.' })
  @IsOptional()
  @IsDate()
  notifiedAt?: Date | null;
  @Field(() => String, { nullable: true, description: "The authority's reference (Aktenzeichen)." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string | null;
  @Field(() => String, { nullable: true, description: 'Required after 72 hours (Art. 33(1) sentence 2).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  lateReason?: string | null;
}

@ArgsType()
export class BreachesArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Omitted: every client the caller sees (the firm-wide register).',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string | null;
}
