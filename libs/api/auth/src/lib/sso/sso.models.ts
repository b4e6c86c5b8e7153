import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export const SsoMemberRole = { DPO: 'DPO', ASSISTANT: 'ASSISTANT', AUDITOR: 'AUDITOR' } as const;
registerEnumType(SsoMemberRole, {
  name: 'SsoMemberRole',
  description: 'The role a member provisioned by the firm’s SSO gets: a staff role, never OWNER.',
});

@ObjectType('SsoSettings', {
  description: "The firm's OpenID Connect connection (the secret is never returned).",
})
export class SsoSettingsModel {
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Field(() => String, { nullable: true }) clientId!: string | null;
  @Field(() => Boolean) hasClientSecret!: boolean;
  @Field(() => [String]) allowedDomains!: string[];
  @Field(() => SsoMemberRole) defaultRole!: keyof typeof SsoMemberRole;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => Boolean, { description: 'Password sign-in is refused for non-owner staff.' })
  requireSso!: boolean;
  @Field(() => String, { description: 'The redirect URI to register at the identity provider.' })
  redirectUri!: string;
}

@InputType()
export class SsoSettingsInput {
  @Field(() => String, { description: 'Issuer URL (its /.well-known/openid-configuration is read).' })
  @IsString()
  @MaxLength(500)
  issuer!: string;
  @Field(() => String) @IsString() @MaxLength(300) clientId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Required the first time; omit to keep the stored one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  clientSecret?: string | null;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  allowedDomains!: string[];
  @Field(() => SsoMemberRole) @IsString() defaultRole!: string;
  @Field(() => Boolean) @IsBoolean() enabled!: boolean;
  @Field(() => Boolean) @IsBoolean() requireSso!: boolean;
}

@ObjectType('SsoOption', { description: 'A firm whose single sign-on covers the email domain asked about.' })
export class SsoOptionModel {
  @Field(() => ID) tenantId!: string;
  @Field(() => String) tenantName!: string;
  @Field(() => String, { description: 'Where the browser goes to start the sign-in (GET).' })
  startUrl!: string;
}
