import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ADVICE_DECISIONS, ADVICE_STATUSES, AdviceDecisionEnum, AdviceStatusEnum } from '../advice.enums';
import type { AdviceDecision, AdviceStatus } from '../advice.enums';

@InputType({
  description: 'Advice the DPO gives a client (Beratungsnachweis); it cannot be changed afterwards.',
})
export class RecordAdviceInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(200) subject!: string;
  @Field(() => String, { description: 'The situation and the reasoning.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  body!: string;
  @Field(() => String, { description: 'What the client should do.' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  recommendation!: string;
  @Field(() => String, { nullable: true, description: 'What may happen if the client does not follow it.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  riskIfIgnored?: string | null;
  @Field(() => [String], { nullable: true, description: 'Compliance rule ids the advice is about.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z][A-Z0-9-]{1,40}$/, { each: true })
  relatedRuleIds?: string[] | null;
  @Field(() => Date, { nullable: true, description: 'By when the client should answer.' })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;
}

@InputType()
export class AcknowledgeAdviceInput {
  @Field(() => AdviceDecisionEnum) @IsIn(ADVICE_DECISIONS) decision!: AdviceDecision;
  @Field(() => String, { nullable: true, description: 'Required when declining: the reason.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string | null;
}

@ArgsType()
export class AdviceListArgs {
  @Field(() => ID, { nullable: true, description: "Without it: every client's advice the caller may see." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  clientId?: string | null;
  @Field(() => AdviceStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(ADVICE_STATUSES)
  status?: AdviceStatus | null;
}
