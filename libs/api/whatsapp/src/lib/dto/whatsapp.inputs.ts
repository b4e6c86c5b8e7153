import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import {
  HOSTING_REGIONS,
  TRANSFER_MECHANISMS,
  VARIANTS,
  type HostingRegion,
  type TransferMechanism,
  type Variant,
} from '@klarsicht/compliance-rules';
import { VariantEnum } from '@klarsicht/api-compliance';
import { HostingRegionEnum, TransferMechanismEnum } from '../whatsapp.enums';

@InputType()
export class WhatsAppAnswersInput {
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() usedForBusiness?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() contactSyncDisabled?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() addressBookOnlyConsentingContacts?:
    boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() profileHasImprint?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() profileLinksPrivacyNotice?:
    boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() privacyNoticeCoversWhatsApp?:
    boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() doubleOptInDocumented?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() sendsMarketing?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() separateMarketingConsent?:
    boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() bspDpaSigned?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() dedicatedBusinessDevice?:
    boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() accountDeletionProcess?:
    boolean | null;
}

@InputType()
export class CreateBspInput {
  @Field(() => String) @IsString() @Length(1, 200) name!: string;
  @Field(() => HostingRegionEnum) @IsIn(HOSTING_REGIONS) hostingRegion!: HostingRegion;
  @Field(() => TransferMechanismEnum) @IsIn(TRANSFER_MECHANISMS) transferMechanism!: TransferMechanism;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The provider offers a data processing agreement (Art. 28).',
  })
  @IsOptional()
  @IsBoolean()
  dpaAvailable?: boolean | null;
}

@InputType()
export class UpdateBspInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string | null;
  @Field(() => HostingRegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(HOSTING_REGIONS)
  hostingRegion?: HostingRegion | null;
  @Field(() => TransferMechanismEnum, { nullable: true })
  @IsOptional()
  @IsIn(TRANSFER_MECHANISMS)
  transferMechanism?: TransferMechanism | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() dpaAvailable?: boolean | null;
}

@InputType()
export class CreateWhatsAppAccountInput {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => String) @IsString() @Length(1, 200) label!: string;
  @Field(() => VariantEnum) @IsIn(VARIANTS) variant!: Variant;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() bspId?: string | null;
  @Field(() => WhatsAppAnswersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WhatsAppAnswersInput)
  answers?: WhatsAppAnswersInput | null;
}

@InputType({
  description: 'Omitted fields stay; answers are merged (an answer set to null becomes unknown).',
})
export class UpdateWhatsAppAccountInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) label?: string | null;
  @Field(() => VariantEnum, { nullable: true }) @IsOptional() @IsIn(VARIANTS) variant?: Variant | null;
  @Field(() => ID, { nullable: true, description: 'null removes the provider.' })
  @IsOptional()
  @IsUUID()
  bspId?: string | null;
  @Field(() => WhatsAppAnswersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WhatsAppAnswersInput)
  answers?: WhatsAppAnswersInput | null;
}
