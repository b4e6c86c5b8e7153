import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { COMPLIANCE_LEVELS, type ComplianceLevel } from '@klarsicht/compliance-rules';
import { ComplianceLevelEnum } from '@klarsicht/api-compliance';

@InputType({ description: 'A new yes/no question; "yes" is the compliant answer.' })
export class CampaignQuestionInput {
  @Field(() => String, { description: 'e.g. usesNewConsentForm (letters and digits, starting lower case).' })
  @Matches(/^[a-z][a-zA-Z0-9]{1,40}$/)
  key!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(500) textDe!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(500) textEn!: string;
}

@InputType({ description: 'Which clients a campaign goes to (the firm’s clients that are not archived).' })
export class CampaignFilterInput {
  @Field(() => [ComplianceLevelEnum], { nullable: true })
  @IsOptional()
  @IsIn(COMPLIANCE_LEVELS, { each: true })
  levels?: ComplianceLevel[] | null;
  @Field(() => [String], { nullable: true, description: 'Federal state codes, e.g. BY.' })
  @IsOptional()
  @ArrayMaxSize(17)
  @IsString({ each: true })
  federalStates?: string[] | null;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(20000) body!: string;
  @Field(() => [ID], { nullable: true, description: 'The clients; or give `filter`.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  clientIds?: string[] | null;
  @Field(() => CampaignFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignFilterInput)
  filter?: CampaignFilterInput | null;
  @Field(() => [CampaignQuestionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CampaignQuestionInput)
  questions?: CampaignQuestionInput[] | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() dueAt?: Date | null;
}

@InputType()
export class CampaignAnswerInput {
  @Field(() => ID) @IsString() @MaxLength(64) campaignId!: string;
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String) @IsString() @MaxLength(64) key!: string;
  @Field(() => Boolean) @IsBoolean() value!: boolean;
}
