import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';
import {
  ConsentEventTypeEnum,
  ConsentPurposeEnum,
  ConsentSourceEnum,
  ConsentStatusEnum,
  ImportStateEnum,
  type ConsentEventType,
  type ConsentPurpose,
  type ConsentSource,
  type ConsentStatus,
  type ImportState,
} from '../consent.enums';
import { ConsentTextFindingModel } from './consent-text-review.model';

@ObjectType('ConsentTextVersion')
export class ConsentTextVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) language!: string;
  @Field(() => [ConsentPurposeEnum]) purposes!: ConsentPurpose[];
  @Field(() => String) title!: string;
  @Field(() => String) text!: string;
  @Field(() => String, {
    description: 'SHA-256 (hex) of the text as shown: title (if any), blank line, text.',
  })
  sha256!: string;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => [ConsentTextFindingModel], {
    nullable: true,
    description: 'The review findings stored at publication; null for versions published before the review.',
  })
  findings!: ConsentTextFindingModel[] | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Flesch–Amstad (de) or Flesch (en) score at publication.',
  })
  readabilityScore!: number | null;
}

@ObjectType('ConsentEvidence')
export class ConsentEvidenceModel {
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => String, { nullable: true }) formUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Messaging webhook: META_CLOUD_API or TWILIO.' })
  provider?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Messaging webhook: the provider's message id (wamid… or MessageSid).",
  })
  messageId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Messaging webhook: the channel that received it.' })
  channelId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Messaging webhook: the provider's message time (ISO).",
  })
  messageAt?: string | null;
}

@ObjectType('ConsentEvent')
export class ConsentEventModel {
  @Field(() => ID) id!: string;
  @Field(() => ConsentEventTypeEnum) type!: ConsentEventType;
  @Field(() => ConsentPurposeEnum, { nullable: true }) purpose!: ConsentPurpose | null;
  @Field(() => ConsentSourceEnum) source!: ConsentSource;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => ID, { nullable: true }) textVersionId!: string | null;
  @Field(() => String, { nullable: true }) textSha256!: string | null;
  @Field(() => ConsentEvidenceModel, {
    nullable: true,
    description: 'Null when none was given or the subject was erased.',
  })
  evidence!: ConsentEvidenceModel | null;
  @Field(() => String) actorType!: string;
}

@ObjectType('ConsentRecord')
export class ConsentRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => ConsentPurposeEnum) purpose!: ConsentPurpose;
  @Field(() => ConsentStatusEnum) status!: ConsentStatus;
  @Field(() => String, { nullable: true, description: 'Like "+49 151 ••••789"; null after erasure.' })
  maskedPhoneNumber!: string | null;
  @Field(() => ID, { nullable: true }) textVersionId!: string | null;
  @Field(() => Date, { nullable: true }) requestedAt!: Date | null;
  @Field(() => Date, { nullable: true }) confirmedAt!: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Deadline of a pending opt-in.' })
  expiresAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
  // Resolved on demand (ConsentRecordResolver.events).
  events?: ConsentEventModel[];
}

@ObjectType()
export class ConsentRecordConnection extends Connection(ConsentRecordModel, 'ConsentRecord') {}

@ObjectType('ConsentRequest')
export class ConsentRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description: 'One-time link for the person (only in the answer to requestConsent).',
  })
  confirmationUrl!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Link that withdraws the consent at any time (only in the answer to requestConsent).',
  })
  withdrawalUrl!: string | null;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Date, { nullable: true }) confirmedAt!: Date | null;
  @Field(() => [ConsentRecordModel]) records!: ConsentRecordModel[];
}

@ObjectType('PublicConsentRequest', { description: 'What the public confirmation page shows.' })
export class PublicConsentRequestModel {
  @Field(() => String) businessName!: string;
  @Field(() => String) language!: string;
  @Field(() => String) title!: string;
  @Field(() => String) text!: string;
  @Field(() => String) textSha256!: string;
  @Field(() => [ConsentPurposeEnum]) purposes!: ConsentPurpose[];
  @Field(() => String, { nullable: true }) maskedPhoneNumber!: string | null;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String, { description: 'PENDING, CONFIRMED or EXPIRED.' }) state!: string;
}

@ObjectType('PublicWithdrawal')
export class PublicWithdrawalModel {
  @Field(() => String) businessName!: string;
  @Field(() => [ConsentPurposeEnum]) purposes!: ConsentPurpose[];
  @Field(() => [ConsentPurposeEnum], { description: 'Purposes still consented to (withdrawable).' })
  active!: ConsentPurpose[];
}

@ObjectType('ConsentSubjectStatus')
export class ConsentSubjectStatusModel {
  @Field(() => ID) subjectId!: string;
  @Field(() => String, { nullable: true }) maskedPhoneNumber!: string | null;
  @Field(() => String, { nullable: true }) legalHoldReason!: string | null;
  @Field(() => Date, { nullable: true }) legalHoldAt!: Date | null;
  @Field(() => Date, { nullable: true }) erasedAt!: Date | null;
}

@ObjectType('ConsentProof')
export class ConsentProofModel {
  @Field(() => ID) subjectId!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String, { nullable: true }) phoneNumber!: string | null;
  @Field(() => String, { nullable: true }) maskedPhoneNumber!: string | null;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => [ConsentRecordModel]) records!: ConsentRecordModel[];
  @Field(() => [ConsentEventModel]) events!: ConsentEventModel[];
  @Field(() => [ConsentTextVersionModel], { description: 'Every text version the events refer to.' })
  textVersions!: ConsentTextVersionModel[];
  @Field(() => String, { description: 'The whole proof as one JSON document (for filing).' }) json!: string;
}

@ObjectType('ErasureResult')
export class ErasureResultModel {
  @Field(() => ID) subjectId!: string;
  @Field(() => Date) erasedAt!: Date;
  @Field(() => Int) recordCount!: number;
}

@ObjectType('ConsentImportError')
export class ConsentImportErrorModel {
  @Field(() => Int) line!: number;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType('ConsentImport')
export class ConsentImportModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => ImportStateEnum) state!: ImportState;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Int) processedRows!: number;
  @Field(() => Int) importedRows!: number;
  @Field(() => Int) errorCount!: number;
  @Field(() => [ConsentImportErrorModel], { description: 'The first 1,000 errors, by line.' })
  errors!: ConsentImportErrorModel[];
  @Field(() => String, { nullable: true }) fileSha256!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
