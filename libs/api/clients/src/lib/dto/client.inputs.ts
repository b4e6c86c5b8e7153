import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageArgs } from '@klarsicht/api-core';

@InputType()
export class CreateClientInput {
  @Field(() => String) @IsString() @Length(1, 200, { message: 'Name must have 1 to 200 characters' }) name!: string;
}

@InputType()
export class ClientFilter {
  @Field({ nullable: true, description: 'Case-insensitive part of the name.' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field({ nullable: true, description: 'Default false: only active clients.' }) @IsOptional() @IsBoolean() archived?: boolean;
}

@ArgsType()
export class ClientsArgs extends PageArgs {
  @Field(() => ClientFilter, { nullable: true }) filter?: ClientFilter | null;
}
