import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConsentPurposeEnum, type ConsentPurpose } from '@klarsicht/api-consent';
import {
  DeliveryKindEnum,
  DeliveryOutcomeEnum,
  MessagingProviderEnum,
  type DeliveryKind,
  type DeliveryOutcome,
  type MessagingProvider,
} from '../messaging.enums';

@ObjectType('MessagingChannel')
export class MessagingChannelModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => MessagingProviderEnum) provider!: MessagingProvider;
  @Field(() => String, { description: 'Like "+49 151 ••••789".' }) maskedPhoneNumber!: string;
  @Field(() => ID, { nullable: true }) bspId!: string | null;
  @Field(() => String, { description: 'Where the provider sends its webhooks.' }) webhookUrl!: string;
  @Field(() => [String]) optOutKeywords!: string[];
  @Field(() => [ConsentPurposeEnum]) optOutPurposes!: ConsentPurpose[];
  @Field(() => [String]) confirmKeywords!: string[];
  @Field(() => Date, { nullable: true }) secretRotatedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until then the previous secret is still accepted.' })
  previousSecretValidUntil!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('MessagingChannelSecret', {
  description: 'The channel with its secrets in clear: shown once, on creation and rotation.',
})
export class MessagingChannelSecretModel {
  @Field(() => MessagingChannelModel) channel!: MessagingChannelModel;
  @Field(() => String, { description: 'HMAC key of X-Hub-Signature-256 (Meta) or the Twilio auth token.' })
  secret!: string;
  @Field(() => String, { nullable: true, description: 'Meta only: the hub.verify_token of the GET check.' })
  verifyToken!: string | null;
}

@ObjectType('MessagingDelivery', {
  description: 'One webhook message: time, kind and outcome, nothing of its content.',
})
export class MessagingDeliveryModel {
  @Field(() => ID) id!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => DeliveryKindEnum) kind!: DeliveryKind;
  @Field(() => DeliveryOutcomeEnum) outcome!: DeliveryOutcome;
}
