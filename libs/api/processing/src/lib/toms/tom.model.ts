import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { TOM_GOALS, TOM_STATUSES, type TomGoal, type TomStatus } from '@klarsicht/compliance-rules';

export const TomGoalEnum = Object.fromEntries(TOM_GOALS.map((g) => [g, g])) as { [K in TomGoal]: K };
export const TomStatusEnum = Object.fromEntries(TOM_STATUSES.map((s) => [s, s])) as { [K in TomStatus]: K };
registerEnumType(TomGoalEnum, {
  name: 'TomGoal',
  description: 'The goals of Art. 32(1)(b)–(d) DSGVO the measures are grouped by.',
});
registerEnumType(TomStatusEnum, { name: 'TomStatus' });

@ObjectType('TechnicalMeasure', { description: 'A measure of the catalogue and, per client, its status.' })
export class TechnicalMeasureModel {
  @Field(() => ID, { description: 'builtin:<key> for the built-in catalogue, a uuid for the firm’s own.' })
  measureId!: string;
  @Field(() => TomGoalEnum) goal!: TomGoal;
  @Field(() => String) title!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean) builtIn!: boolean;
  @Field(() => TomStatusEnum, { nullable: true, description: 'Null: not assessed for this client yet.' })
  status!: TomStatus | null;
  @Field(() => String) note!: string;
  @Field(() => ID, { nullable: true, description: "A document of the client's as evidence." })
  evidenceDocumentId!: string | null;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}

@InputType()
export class SetTechnicalMeasureStatusInput {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => ID) @IsString() @Length(1, 100) measureId!: string;
  @Field(() => TomStatusEnum) @IsIn(TOM_STATUSES) status!: TomStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) note?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() evidenceDocumentId?: string | null;
}

@InputType()
export class CreateTechnicalMeasureInput {
  @Field(() => TomGoalEnum) @IsIn(TOM_GOALS) goal!: TomGoal;
  @Field(() => String) @IsString() @Length(1, 300) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?:
    string | null;
}
