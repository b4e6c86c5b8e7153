import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ANSWER_KEYS } from '@klarsicht/compliance-rules';
import { ATTESTATION_STATES, type AttestationState } from './attestation.repository';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const AttestationStateEnum = enumOf(ATTESTATION_STATES);
export const AnswerReviewDecisionEnum = enumOf(['VERIFIED', 'REJECTED'] as const);
registerEnumType(AttestationStateEnum, {
  name: 'AttestationState',
  description:
    'CLAIMED (given by the client) → VERIFIED or REJECTED (by the DPO); an answer of the firm is VERIFIED.',
});
registerEnumType(AnswerReviewDecisionEnum, { name: 'AnswerReviewDecision' });

@ObjectType('AnswerAttestation', {
  description: 'Who gave one questionnaire answer, and what the DPO made of it.',
})
export class AnswerAttestationModel {
  @Field(() => String, { description: 'The answer key, e.g. contactSyncDisabled.' }) key!: string;
  @Field(() => Boolean, { nullable: true }) value!: boolean | null;
  @Field(() => AttestationStateEnum) state!: AttestationState;
  @Field(() => Int, { description: 'The questionnaire version the answer was given under.' })
  questionnaireVersion!: number;
  @Field(() => Date) answeredAt!: Date;
  @Field(() => String, { nullable: true }) answeredByName!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'A document of the client (e.g. a screenshot) as evidence.',
  })
  evidenceDocumentId!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewedByName!: string | null;
  @Field(() => String, { nullable: true }) reviewComment!: string | null;
  @Field(() => Date, { description: 'After this the answer counts as unknown until it is given again.' })
  expiresAt!: Date;
  @Field(() => Boolean) expired!: boolean;
}

@ObjectType('AttestationPolicy')
export class AttestationPolicyModel {
  @Field(() => Boolean, {
    description:
      'CLAIMED answers count as given for CRITICAL/HIGH rules too (default false: only VERIFIED ones).',
  })
  acceptClaimedAnswers!: boolean;
  @Field(() => Int, { description: 'Months after which an answer must be given again (default 12).' })
  reattestationMonths!: number;
}

@ArgsType()
export class AnswerRefArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accountId!: string;
  @Field(() => String) @IsIn(ANSWER_KEYS) key!: string;
}

@InputType()
export class ReviewAnswerInput {
  @Field(() => AnswerReviewDecisionEnum) @IsIn(['VERIFIED', 'REJECTED']) decision!: 'VERIFIED' | 'REJECTED';
  @Field(() => String, { nullable: true, description: 'Required when rejecting: what is wrong.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

@InputType()
export class AttestationPolicyInput {
  @Field(() => Boolean) @IsBoolean() acceptClaimedAnswers!: boolean;
  @Field(() => Int) @IsInt() @Min(1) @Max(60) reattestationMonths!: number;
}
