import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@klarsicht/api-core';
import { COMPLIANCE_LEVELS, type ComplianceLevel } from '@klarsicht/compliance-rules';
import { ComplianceLevelEnum } from '@klarsicht/api-compliance';
import {
  ClientSortEnum,
  FEDERAL_STATES,
  FederalStateEnum,
  type ClientSort,
  type FederalState,
} from '../federal-state';

@InputType()
export class ClientDetailsInput {
  @Field(() => ID, { nullable: true, description: 'A firm member (not a client user).' })
  @IsOptional()
  @IsUUID()
  assignedDpoId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) industry?: string | null;
  @Field(() => FederalStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(FEDERAL_STATES)
  federalState?: FederalState | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) street?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(0, 10) postalCode?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) contactName?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Must be an email address' })
  contactEmail?: string | null;
}

@InputType()
export class CreateClientInput extends ClientDetailsInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200, { message: 'Name must have 1 to 200 characters' })
  name!: string;
}

@InputType()
export class UpdateClientInput extends ClientDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'Name must have 1 to 200 characters' })
  name?: string;
}

@InputType()
export class ClientFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name, city or contact.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
  @Field(() => ComplianceLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(COMPLIANCE_LEVELS)
  level?: ComplianceLevel;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assignedDpoId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Default false: only active clients.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

@ArgsType()
export class ClientsArgs extends PageArgs {
  @Field(() => ClientFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientFilter)
  filter?: ClientFilter | null;
  @Field(() => ClientSortEnum, { nullable: true, description: 'Default NAME.' })
  @IsOptional()
  @IsEnum(ClientSortEnum)
  sort?: ClientSort | null;
}
