import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { HostingRegion, TransferMechanism, Variant } from '@klarsicht/compliance-rules';
import { VariantEnum } from '@klarsicht/api-compliance';
import { HostingRegionEnum, TransferMechanismEnum } from '../whatsapp.enums';

@ObjectType('Bsp')
export class BspModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => HostingRegionEnum) hostingRegion!: HostingRegion;
  @Field(() => TransferMechanismEnum) transferMechanism!: TransferMechanism;
  @Field(() => Boolean) dpaAvailable!: boolean;
}

@ObjectType('WhatsAppAnswers', { description: 'Questionnaire answers; null = not yet known.' })
export class WhatsAppAnswersModel {
  @Field(() => Boolean, { nullable: true }) usedForBusiness!: boolean | null;
  @Field(() => Boolean, { nullable: true }) contactSyncDisabled!: boolean | null;
  @Field(() => Boolean, { nullable: true }) addressBookOnlyConsentingContacts!: boolean | null;
  @Field(() => Boolean, { nullable: true }) profileHasImprint!: boolean | null;
  @Field(() => Boolean, { nullable: true }) profileLinksPrivacyNotice!: boolean | null;
  @Field(() => Boolean, { nullable: true }) privacyNoticeCoversWhatsApp!: boolean | null;
  @Field(() => Boolean, { nullable: true }) doubleOptInDocumented!: boolean | null;
  @Field(() => Boolean, { nullable: true }) sendsMarketing!: boolean | null;
  @Field(() => Boolean, { nullable: true }) separateMarketingConsent!: boolean | null;
  @Field(() => Boolean, { nullable: true }) bspDpaSigned!: boolean | null;
  @Field(() => Boolean, { nullable: true }) dedicatedBusinessDevice!: boolean | null;
  @Field(() => Boolean, { nullable: true }) accountDeletionProcess!: boolean | null;
}

@ObjectType('WhatsAppAccount')
export class WhatsAppAccountModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) label!: string;
  @Field(() => VariantEnum) variant!: Variant;
  // Resolved fields: bsp, findings.
  bspId!: string | null;
  @Field(() => WhatsAppAnswersModel) answers!: WhatsAppAnswersModel;
  @Field(() => Int, { description: 'Version of the questionnaire the answers refer to.' })
  questionnaireVersion!: number;
  /** Who gave the answers (a user id; not in the schema — the client report names them). */
  answeredBy!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}
