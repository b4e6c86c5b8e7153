import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';

/** Longest WebAuthn answer (JSON) accepted: attestations of real authenticators are a few kilobytes. */
export const PASSKEY_RESPONSE_MAX = 32_768;

@InputType()
export class SignUpInput {
  @Field(() => String) @IsString() @Length(2, 200) firmName!: string;
  @Field(() => String) @IsString() @Length(1, 200) name!: string;
  @Field(() => String)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(254)
  email!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(1024) password!: string;
}

@InputType()
export class LoginInput {
  @Field(() => String) @IsString() @MaxLength(254) email!: string;
  @Field(() => String) @IsString() @MaxLength(1024) password!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(16) totpCode?: string;
  @Field({
    nullable: true,
    description:
      'In place of totpCode: the JSON from startAuthentication with options from passkeyLoginOptions(email).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(PASSKEY_RESPONSE_MAX)
  passkeyResponse?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String) @IsString() @MaxLength(128) token!: string;
  @Field({ nullable: true, description: 'Required for a new account.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
  @Field(() => String, { description: 'New password for a new account, or the existing password.' })
  @IsString()
  @MaxLength(1024)
  password!: string;
}

@InputType()
export class TotpCodeInput {
  @Field(() => String) @IsString() @Matches(/^\d{6}$/, { message: 'Enter the 6-digit code' }) code!: string;
}
