import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@klarsicht/api-core';
import { VariantEnum } from '@klarsicht/api-compliance';
import { HostingRegionEnum, TransferMechanismEnum } from '@klarsicht/api-whatsapp';
import {
  HOSTING_REGIONS,
  LEGAL_BASES,
  RECIPIENT_KINDS,
  SPECIAL_CATEGORY_CONDITIONS,
  TRANSFER_MECHANISMS,
  VARIANTS,
  type HostingRegion,
  type LegalBasis,
  type RecipientKind,
  type SpecialCategoryCondition,
  type TransferMechanism,
  type Variant,
} from '@klarsicht/compliance-rules';
import {
  LegalBasisEnum,
  RecipientKindEnum,
  SpecialCategoryConditionEnum,
  TEMPLATE_LANGUAGES,
  TemplateLanguageEnum,
  type TemplateLanguage,
} from '../processing.enums';

const LIST = 50;
const ITEM = 300;

@InputType()
export class ProcessingRecipientInput {
  @Field(() => String) @IsString() @Length(1, ITEM) name!: string;
  @Field(() => RecipientKindEnum) @IsIn(RECIPIENT_KINDS) kind!: RecipientKind;
  @Field(() => HostingRegionEnum) @IsIn(HOSTING_REGIONS) region!: HostingRegion;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() bspId?: string | null;
}

@InputType()
export class ProcessingTransferInput {
  @Field(() => String) @IsString() @Length(1, ITEM) recipient!: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. US; empty while not known.' })
  @Matches(/^([A-Za-z]{2})?$/)
  country!: string;
  @Field(() => TransferMechanismEnum) @IsIn(TRANSFER_MECHANISMS) mechanism!: TransferMechanism;
}

const texts = () => [ArrayMaxSize(LIST), IsString({ each: true }), MaxLength(ITEM, { each: true })];
const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const d of decorators) d(target, key);
  };

@InputType({ description: 'A whole version of the record (Art. 30(1)); lists are replaced, not merged.' })
export class ProcessingRecordInput {
  @Field(() => String) @IsString() @Length(1, ITEM) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) description?:
    string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @apply(...texts()) purposes?: string[] | null;
  @Field(() => [LegalBasisEnum], { nullable: true })
  @IsOptional()
  @IsIn(LEGAL_BASES, { each: true })
  legalBases?: LegalBasis[] | null;
  @Field(() => [SpecialCategoryConditionEnum], { nullable: true })
  @IsOptional()
  @IsIn(SPECIAL_CATEGORY_CONDITIONS, { each: true })
  specialCategoryConditions?: SpecialCategoryCondition[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @apply(...texts()) subjectCategories?:
    string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @apply(...texts()) dataCategories?:
    string[] | null;
  @Field(() => [ProcessingRecipientInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  @Type(() => ProcessingRecipientInput)
  recipients?: ProcessingRecipientInput[] | null;
  @Field(() => [ProcessingTransferInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  @Type(() => ProcessingTransferInput)
  transfers?: ProcessingTransferInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) retention?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) securityMeasures?:
    string | null;
  @Field(() => [VariantEnum], { nullable: true })
  @IsOptional()
  @IsIn(VARIANTS, { each: true })
  whatsAppVariants?: Variant[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Measures of technicalMeasures(clientId) that protect it.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  technicalMeasureIds?: string[] | null;
}

@InputType()
export class CreateProcessingActivityInput {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => ProcessingRecordInput)
  @ValidateNested()
  @Type(() => ProcessingRecordInput)
  record!: ProcessingRecordInput;
  @Field(() => Int, { nullable: true, description: 'Months between reviews (default 12; null: none).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  reviewIntervalMonths?: number | null;
}

@InputType({
  description: 'A new record makes a new DRAFT version; the approved versions stay as they were.',
})
export class UpdateProcessingActivityInput {
  @Field(() => ProcessingRecordInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProcessingRecordInput)
  record?: ProcessingRecordInput | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  reviewIntervalMonths?: number | null;
}

@ArgsType()
export class ProcessingActivitiesArgs extends PageArgs {
  @Field(() => ID) @IsUUID() clientId!: string;
}

@InputType()
export class ApplyProcessingTemplateInput {
  @Field(() => ID) @IsString() @Length(1, 100) templateId!: string;
  @Field(() => [ID]) @ArrayMaxSize(500) @IsUUID('all', { each: true }) clientIds!: string[];
}

@InputType({ description: "A template of the firm's own, applied to many clients at once." })
export class CreateProcessingTemplateInput {
  @Field(() => String) @IsString() @Length(1, ITEM) name!: string;
  @Field(() => TemplateLanguageEnum) @IsIn(TEMPLATE_LANGUAGES) language!: TemplateLanguage;
  @Field(() => ProcessingRecordInput)
  @ValidateNested()
  @Type(() => ProcessingRecordInput)
  record!: ProcessingRecordInput;
}
