import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsIn,
  IsOptional,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { API_SCOPES, type ApiScope } from '@klarsicht/shared';
import { ApiScopeEnum } from '../models/api-key.model';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, e.g. "Shop Bäckerei Korn".' })
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => [ApiScopeEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(API_SCOPES, { each: true })
  scopes!: ApiScope[];

  @Field(() => ID, { nullable: true, description: 'Bind the key to one client: it sees nothing else.' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a valid id' })
  clientId?: string | null;

  @Field(() => Date, { nullable: true, description: 'After this instant the key is refused.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}
