import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DPIA_CRITERIA,
  RISK_LEVELS,
  type DpiaCriterion,
  type ProcessingStatus,
  type RiskLevel,
} from '@klarsicht/compliance-rules';
import { ProcessingStatusEnum } from '../processing.enums';

export const DpiaCriterionEnum = Object.fromEntries(DPIA_CRITERIA.map((c) => [c, c])) as {
  [K in DpiaCriterion]: K;
};
export const RiskLevelEnum = Object.fromEntries(RISK_LEVELS.map((l) => [l, l])) as { [K in RiskLevel]: K };
export const DPIA_RESULTS = ['NOT_SCREENED', 'REQUIRED', 'NOT_REQUIRED'] as const;
export type DpiaResult = (typeof DPIA_RESULTS)[number];
export const DpiaResultEnum = Object.fromEntries(DPIA_RESULTS.map((r) => [r, r])) as { [K in DpiaResult]: K };
registerEnumType(DpiaCriterionEnum, {
  name: 'DpiaCriterion',
  description: 'The nine criteria of EDPB WP248.',
});
registerEnumType(RiskLevelEnum, { name: 'RiskLevel', description: 'Likelihood × severity: 1–3, 4–8, 9–16.' });
registerEnumType(DpiaResultEnum, { name: 'DpiaResult' });

@ObjectType('DpiaQuestion')
export class DpiaQuestionModel {
  @Field(() => DpiaCriterionEnum) criterion!: DpiaCriterion;
  @Field(() => String) text!: string;
  @Field(() => String) textEn!: string;
  @Field(() => Boolean) met!: boolean;
}

@ObjectType('DpiaRisk')
export class DpiaRiskModel {
  @Field(() => String) description!: string;
  @Field(() => Int) likelihood!: number;
  @Field(() => Int) severity!: number;
  @Field(() => RiskLevelEnum) level!: RiskLevel;
  @Field(() => String) measures!: string;
  @Field(() => Int) residualLikelihood!: number;
  @Field(() => Int) residualSeverity!: number;
  @Field(() => RiskLevelEnum) residualLevel!: RiskLevel;
}

@ObjectType('Dpia', { description: 'The data protection impact assessment of an activity (Art. 35(7)).' })
export class DpiaModel {
  @Field(() => ID) activityId!: string;
  @Field(() => ProcessingStatusEnum) status!: ProcessingStatus;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'Necessity and proportionality (Art. 35(7)(b)).' }) necessity!: string;
  @Field(() => [DpiaRiskModel]) risks!: DpiaRiskModel[];
  @Field(() => RiskLevelEnum, {
    nullable: true,
    description: 'The highest residual risk; null without risks.',
  })
  residualRisk!: RiskLevel | null;
  @Field(() => Boolean, { description: 'A high residual risk: consult the authority first (Art. 36(1)).' })
  consultationRequired!: boolean;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
}

@ObjectType('DpiaScreening', {
  description: 'The threshold assessment of an activity (Art. 35(1), (4); WP248).',
})
export class DpiaScreeningModel {
  @Field(() => ID) activityId!: string;
  @Field(() => [DpiaQuestionModel]) questions!: DpiaQuestionModel[];
  @Field(() => String, {
    nullable: true,
    description: "An entry of the German authorities' list (Art. 35(4)).",
  })
  authorityListEntry!: string | null;
  @Field(() => String) note!: string;
  @Field(() => DpiaResultEnum, { description: 'Two or more criteria, or a list entry: REQUIRED.' })
  result!: DpiaResult;
  @Field(() => Date, { nullable: true }) screenedAt!: Date | null;
  @Field(() => DpiaModel, { nullable: true }) dpia!: DpiaModel | null;
}

@InputType()
export class SaveDpiaScreeningInput {
  @Field(() => ID) @IsUUID() activityId!: string;
  @Field(() => [DpiaCriterionEnum], { description: 'The criteria met.' })
  @ArrayMaxSize(DPIA_CRITERIA.length)
  @IsIn(DPIA_CRITERIA, { each: true })
  criteria!: DpiaCriterion[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) authorityListEntry?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) note?: string | null;
}

@InputType()
export class DpiaRiskInput {
  @Field(() => String) @IsString() @Length(1, 2000) description!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(4) likelihood!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(4) severity!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) measures?:
    string | null;
  @Field(() => Int) @IsInt() @Min(1) @Max(4) residualLikelihood!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(4) residualSeverity!: number;
}

@InputType()
export class SaveDpiaInput {
  @Field(() => ID) @IsUUID() activityId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) description?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) necessity?:
    string | null;
  @Field(() => [DpiaRiskInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DpiaRiskInput)
  risks!: DpiaRiskInput[];
}
