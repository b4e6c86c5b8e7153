import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CONSENT_CONFIRM_VIA,
  CONSENT_LANGUAGES,
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  CONSENT_STATUSES,
  ConsentConfirmViaEnum,
  ConsentPurposeEnum,
  ConsentSourceEnum,
  ConsentStatusEnum,
  type ConsentConfirmVia,
  type ConsentPurpose,
  type ConsentSource,
  type ConsentStatus,
} from '../consent.enums';

const PurposesField = (options: { nullable?: boolean; description: string }) =>
  Field(() => [ConsentPurposeEnum], options);

@InputType()
export class PublishConsentTextInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String, { description: 'de or en.' }) @IsIn(CONSENT_LANGUAGES) language!: string;
  @PurposesField({ description: 'The purposes this text asks consent for.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(CONSENT_PURPOSES, { each: true })
  purposes!: ConsentPurpose[];
  @Field(() => String, {
    nullable: true,
    description: 'Optional heading shown above the text, e.g. "WhatsApp-Newsletter".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;
  @Field(() => String, { description: 'The exact consent text shown to the person.' })
  @IsString()
  @MinLength(20)
  @MaxLength(20000)
  text!: string;
}

@InputType({ description: 'A draft consent text to review before publishing it.' })
export class LintConsentTextInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String, { description: 'de or en.' }) @IsIn(CONSENT_LANGUAGES) language!: string;
  @PurposesField({ description: 'The purposes the text is to ask consent for.' })
  @ArrayMaxSize(3)
  @IsIn(CONSENT_PURPOSES, { each: true })
  purposes!: ConsentPurpose[];
  @Field(() => String) @IsString() @MaxLength(20000) text!: string;
}

@InputType()
export class RequestConsentInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String, { description: 'Any usual notation; German numbers may omit +49.' })
  @IsString()
  @MaxLength(40)
  phoneNumber!: string;
  @PurposesField({ description: 'Must be covered by the text version.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(CONSENT_PURPOSES, { each: true })
  purposes!: ConsentPurpose[];
  @Field(() => ID) @IsString() @MaxLength(64) consentTextVersionId!: string;
  @Field(() => ConsentSourceEnum, { nullable: true, description: 'Default WEB_FORM.' })
  @IsOptional()
  @IsIn(CONSENT_SOURCES)
  source?: ConsentSource | null;
  @Field(() => String, { nullable: true, description: 'The page where the person asked for it.' })
  @IsOptional()
  @IsUrl({ require_tld: false })
  @MaxLength(2000)
  formUrl?: string | null;
  @Field(() => ConsentConfirmViaEnum, {
    nullable: true,
    description:
      'Default LINK (confirmationUrl). WHATSAPP_REPLY: no link; a confirmation keyword ("JA", "YES" or a button) from this number through one of the client\'s messaging channels confirms, within the same validity.',
  })
  @IsOptional()
  @IsIn(CONSENT_CONFIRM_VIA)
  confirmVia?: ConsentConfirmVia | null;
}

@InputType()
export class ConsentEvidenceInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) ip?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) userAgent?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) formUrl?: string | null;
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String) @IsString() @MaxLength(40) phoneNumber!: string;
  @PurposesField({ description: 'Must be covered by the text version.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(CONSENT_PURPOSES, { each: true })
  purposes!: ConsentPurpose[];
  @Field(() => ID) @IsString() @MaxLength(64) consentTextVersionId!: string;
  @Field(() => Date, { description: 'When the person confirmed (not in the future).' })
  @IsDate()
  confirmedAt!: Date;
  @Field(() => ConsentSourceEnum) @IsIn(CONSENT_SOURCES) source!: ConsentSource;
  @Field(() => ConsentEvidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentEvidenceInput)
  evidence?: ConsentEvidenceInput | null;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String) @IsString() @MaxLength(40) phoneNumber!: string;
  @PurposesField({ nullable: true, description: 'Omitted: every purpose.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsIn(CONSENT_PURPOSES, { each: true })
  purposes?: ConsentPurpose[] | null;
  @Field(() => ConsentSourceEnum, { nullable: true, description: 'Default API.' })
  @IsOptional()
  @IsIn(CONSENT_SOURCES)
  source?: ConsentSource | null;
}

@InputType()
export class EraseConsentSubjectInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String) @IsString() @MaxLength(40) phoneNumber!: string;
}

@InputType()
export class ConsentLegalHoldInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String) @IsString() @MaxLength(40) phoneNumber!: string;
  @Field(() => String, { nullable: true, description: 'Required to set a hold; omit to release it.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class ConsentFilter {
  @Field(() => ConsentStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONSENT_STATUSES)
  status?: ConsentStatus | null;
  @Field(() => ConsentPurposeEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONSENT_PURPOSES)
  purpose?: ConsentPurpose | null;
  @Field(() => String, { nullable: true, description: 'Exact lookup by phone number (any notation).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phoneNumber?: string | null;
}
