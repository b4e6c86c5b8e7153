import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SeverityEnum } from '@klarsicht/api-compliance';
import type { ReadabilityFormula, Severity } from '@klarsicht/compliance-rules';
import { ConsentPurposeEnum, type ConsentPurpose } from '../consent.enums';

@ObjectType('ConsentTextFinding', {
  description: 'One finding of the consent-text review (docs/judgement.md).',
})
export class ConsentTextFindingModel {
  @Field(() => String, { description: 'The check, e.g. WITHDRAWAL or MARKETING_SEPARATE.' }) checkId!: string;
  @Field(() => SeverityEnum) severity!: Severity;
  @Field(() => String) message!: string;
  @Field(() => String) messageEn!: string;
  @Field(() => String) legalReference!: string;
  @Field(() => ConsentPurposeEnum, {
    nullable: true,
    description: 'The purpose a PURPOSE_STATED finding is about.',
  })
  purpose!: ConsentPurpose | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Start of the passage (UTF-16 offset into the text); null when something is missing altogether.',
  })
  start!: number | null;
  @Field(() => Int, { nullable: true, description: 'End of the passage (exclusive).' }) end!: number | null;
}

@ObjectType('ConsentTextReadability')
export class ConsentTextReadabilityModel {
  @Field(() => String, { description: 'FLESCH_AMSTAD (German) or FLESCH (English reading ease).' })
  formula!: ReadabilityFormula;
  @Field(() => Float, { description: '0 (very hard) to 100 (very easy).' }) score!: number;
  @Field(() => Float, { description: 'Below this score the text gets a READABILITY finding.' })
  threshold!: number;
  @Field(() => Int) sentences!: number;
  @Field(() => Int) words!: number;
  @Field(() => Float) averageSentenceLength!: number;
  @Field(() => Float) averageSyllablesPerWord!: number;
}

@ObjectType('ConsentTextReview', { description: 'What lintConsentText found in a draft consent text.' })
export class ConsentTextReviewModel {
  @Field(() => [ConsentTextFindingModel]) findings!: ConsentTextFindingModel[];
  @Field(() => ConsentTextReadabilityModel) readability!: ConsentTextReadabilityModel;
  @Field(() => SeverityEnum, {
    nullable: true,
    description: 'The most severe finding; null without findings.',
  })
  highestSeverity!: Severity | null;
  @Field(() => Boolean, { description: 'A HIGH finding: published like this, the text fails CONSENT-TEXT.' })
  blocking!: boolean;
}
