import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@klarsicht/api-core';

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Not a valid id' })
  clientId?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Exact action, or a prefix ending in "." (e.g. "auth.").',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Not a valid id' })
  actorId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) entityType?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Not a valid id' })
  entityId?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() to?: Date;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter | null;
}
