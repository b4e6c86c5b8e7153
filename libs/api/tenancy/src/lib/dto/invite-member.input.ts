import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@klarsicht/shared';
import { MemberRole } from '../models/invitation.model';

@InputType()
export class InviteMemberInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(254)
  email!: string;
  @Field(() => MemberRole) @IsIn(ROLES) role!: Role;
  @Field(() => ID, { nullable: true, description: 'Required for client roles.' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a valid id' })
  clientId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Language of the invitation mail: de (default) or en. An existing account gets its own language.',
  })
  @IsOptional()
  @IsIn(['de', 'en'])
  language?: 'de' | 'en' | null;
}
