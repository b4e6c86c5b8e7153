import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';
import { VariantEnum } from '@klarsicht/api-compliance';
import { HostingRegionEnum, TransferMechanismEnum } from '@klarsicht/api-whatsapp';
import type {
  HostingRegion,
  LegalBasis,
  ProcessingStatus,
  RecipientKind,
  SpecialCategoryCondition,
  TransferMechanism,
  Variant,
} from '@klarsicht/compliance-rules';
import {
  LegalBasisEnum,
  ProcessingStatusEnum,
  RecipientKindEnum,
  SpecialCategoryConditionEnum,
  TemplateLanguageEnum,
  type TemplateLanguage,
} from '../processing.enums';

@ObjectType('ProcessingRecipient')
export class ProcessingRecipientModel {
  @Field(() => String) name!: string;
  @Field(() => RecipientKindEnum) kind!: RecipientKind;
  @Field(() => HostingRegionEnum, { description: 'Where the recipient processes the data.' })
  region!: HostingRegion;
  @Field(() => ID, { nullable: true, description: "A processor from the firm's BSP catalogue." })
  bspId!: string | null;
}

@ObjectType('ProcessingTransfer')
export class ProcessingTransferModel {
  @Field(() => String) recipient!: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the third country.' }) country!: string;
  @Field(() => TransferMechanismEnum) mechanism!: TransferMechanism;
}

@ObjectType('ProcessingRecord', {
  description: 'One version of a processing activity: the Art. 30(1) fields.',
})
export class ProcessingRecordModel {
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => [String]) purposes!: string[];
  @Field(() => [LegalBasisEnum]) legalBases!: LegalBasis[];
  @Field(() => [SpecialCategoryConditionEnum]) specialCategoryConditions!: SpecialCategoryCondition[];
  @Field(() => [String]) subjectCategories!: string[];
  @Field(() => [String]) dataCategories!: string[];
  @Field(() => [ProcessingRecipientModel]) recipients!: ProcessingRecipientModel[];
  @Field(() => [ProcessingTransferModel]) transfers!: ProcessingTransferModel[];
  @Field(() => String, { description: 'Erasure periods (Art. 30(1)(f)); empty: none documented.' })
  retention!: string;
  @Field(() => String, { description: 'The technical and organisational measures (Art. 30(1)(g)).' })
  securityMeasures!: string;
  @Field(() => [VariantEnum], { description: 'The WhatsApp use this activity describes.' })
  whatsAppVariants!: Variant[];
  @Field(() => [ID], { description: 'The TOMs of the catalogue that protect it (Art. 32).' })
  technicalMeasureIds!: string[];
}

@ObjectType('ProcessingActivityVersion')
export class ProcessingActivityVersionModel {
  @Field(() => Int) version!: number;
  @Field(() => ProcessingRecordModel) record!: ProcessingRecordModel;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Set once, when this version was approved.' })
  approvedAt!: Date | null;
  @Field(() => ID, { nullable: true }) approvedBy!: string | null;
}

@ObjectType('ProcessingActivity')
export class ProcessingActivityModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => ProcessingStatusEnum) status!: ProcessingStatus;
  @Field(() => Int, { description: 'The current (latest) version.' }) version!: number;
  @Field(() => Int, { nullable: true, description: 'The version in force, if any was approved.' })
  approvedVersion!: number | null;
  @Field(() => String, { description: "The current version's name." }) name!: string;
  @Field(() => ProcessingRecordModel, { description: 'The current version.' }) record!: ProcessingRecordModel;
  @Field(() => [String], {
    description: 'Third-country recipients or transfers without a mechanism (PROC-TRANSFER-MECHANISM).',
  })
  transferGaps!: string[];
  @Field(() => Int, { nullable: true }) reviewIntervalMonths!: number | null;
  @Field(() => Date, { nullable: true }) nextReviewAt!: Date | null;
  @Field(() => Boolean) reviewDue!: boolean;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The template it was created from.' })
  templateId!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class ProcessingActivityConnection extends Connection(ProcessingActivityModel, 'ProcessingActivity') {}

@ObjectType('ProcessingTemplate')
export class ProcessingTemplateModel {
  @Field(() => ID, { description: 'builtin:… for the built-in templates, a uuid for the firm’s own.' })
  id!: string;
  @Field(() => String) name!: string;
  @Field(() => TemplateLanguageEnum) language!: TemplateLanguage;
  @Field(() => Boolean, { description: "Built in; prefilled from the client's WhatsApp accounts and BSP." })
  builtIn!: boolean;
  @Field(() => ProcessingRecordModel) record!: ProcessingRecordModel;
}
