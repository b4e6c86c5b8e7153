import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ConsentPurposeEnum, type ConsentPurpose } from '@klarsicht/api-consent';
import { MESSAGING_PROVIDERS, MessagingProviderEnum, type MessagingProvider } from '../messaging.enums';

const PURPOSES = Object.keys(ConsentPurposeEnum);

@InputType()
export class MessagingKeywordsInput {
  @Field(() => [String], {
    nullable: true,
    description: 'Default STOP, STOPP, ABMELDEN, ABBESTELLEN, UNSUBSCRIBE (case and whitespace insensitive).',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(64, { each: true })
  optOutKeywords?: string[] | null;
  @Field(() => [ConsentPurposeEnum], {
    nullable: true,
    description: 'What an opt-out withdraws. Default: all.',
  })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsIn(PURPOSES, { each: true })
  optOutPurposes?: ConsentPurpose[] | null;
  @Field(() => [String], { nullable: true, description: 'Confirm a WHATSAPP_REPLY opt-in. Default JA, YES.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(64, { each: true })
  confirmKeywords?: string[] | null;
}

@InputType()
export class CreateMessagingChannelInput extends MessagingKeywordsInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => MessagingProviderEnum) @IsIn(MESSAGING_PROVIDERS) provider!: MessagingProvider;
  @Field(() => String, { description: "The client's WhatsApp business number (stored sealed)." })
  @IsString()
  @MaxLength(40)
  phoneNumber!: string;
  @Field(() => ID, { nullable: true, description: 'The BSP that forwards the webhooks, from the catalogue.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  bspId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The provider's signing secret (Meta app secret, Twilio auth token). Omitted: Klarsicht generates one to give the BSP (shown once).",
  })
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  secret?: string | null;
}
