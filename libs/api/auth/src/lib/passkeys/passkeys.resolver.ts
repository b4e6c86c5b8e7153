import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { AllowedBeforeTwoFactor, Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import { PASSKEY_RESPONSE_MAX } from '../dto/auth.inputs';
import { AuthPayload } from '../models/auth.models';
import { respondWithSession, type HttpContext } from '../session-response';
import { TokenService } from '../token.service';
import { PasskeySignIn } from './passkey-sign-in.service';
import { PasskeysService } from './passkeys.service';

@ObjectType('Passkey', { description: 'A passkey (WebAuthn credential) you sign in with.' })
export class PasskeyModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The name you gave it, e.g. the device.' }) name!: string;
  @Field(() => Boolean, {
    description: 'Synced by a password manager or platform account (multi-device), not bound to one device.',
  })
  backedUp!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
}

@InputType()
export class RegisterPasskeyInput {
  @Field(() => String, { description: 'The JSON from startRegistration (@simplewebauthn/browser).' })
  @IsString()
  @MaxLength(PASSKEY_RESPONSE_MAX)
  response!: string;
  @Field(() => String) @IsString() @Length(1, 100) name!: string;
}

@InputType()
export class PasskeyLoginOptionsInput {
  @Field(() => String, {
    nullable: true,
    description: "Whose passkeys may answer; without it any of this site's passkeys (discoverable).",
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;
}

@Resolver()
export class PasskeysResolver {
  constructor(
    private readonly account: PasskeysService,
    private readonly signIn: PasskeySignIn,
    private readonly tokens: TokenService,
  ) {}

  @Mutation(() => String, {
    description:
      'Options (JSON) for startRegistration; the challenge works once, for five minutes. Allowed while the firm requires a second factor you have not set up: a passkey is one.',
  })
  @AllowedBeforeTwoFactor()
  passkeyRegistrationOptions(@Ctx() ctx: RequestContext): Promise<string> {
    return this.account.registrationOptions(ctx);
  }

  @Mutation(() => PasskeyModel, {
    description:
      'Store a passkey from the answer to passkeyRegistrationOptions. Refresh the session afterwards (refreshToken) for a token without the setup requirement.',
  })
  @AllowedBeforeTwoFactor()
  registerPasskey(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RegisterPasskeyInput,
  ): Promise<PasskeyModel> {
    return this.account.register(ctx, input.response, input.name);
  }

  @Query(() => [PasskeyModel], { description: 'Your passkeys, newest first.' })
  @AllowedBeforeTwoFactor()
  passkeys(@Ctx() ctx: RequestContext): Promise<PasskeyModel[]> {
    return this.account.list(ctx);
  }

  @Mutation(() => Boolean, { description: 'Remove one of your passkeys: it no longer signs in.' })
  removePasskey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.account.remove(ctx, id);
  }

  @Public()
  @Mutation(() => String, {
    description:
      'Options (JSON) for startAuthentication, for loginWithPasskey or as the second factor of login (passkeyResponse). The challenge works once, for five minutes.',
  })
  passkeyLoginOptions(
    @Ctx() ctx: RequestContext,
    @Args('input', { nullable: true }) input?: PasskeyLoginOptionsInput,
  ): Promise<string> {
    return this.signIn.loginOptions(ctx, input?.email ?? null);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sign in with a passkey (user verification required: it counts as two factors, no TOTP code). Like login, the refresh token is set as a cookie.',
  })
  async loginWithPasskey(
    @Ctx() ctx: RequestContext,
    @Args('response', { type: () => String }) response: string,
    @Context('http') { reply }: HttpContext,
  ): Promise<AuthPayload> {
    return respondWithSession(this.tokens, await this.signIn.login(ctx, response), reply);
  }
}
