import { Args, Context, Field, InputType, Mutation, PickType, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import { LoginInput } from './dto/auth.inputs';
import { AuthPayload } from './models/auth.models';
import { PasswordResetService } from './password-reset.service';
import { respondWithSession, type HttpContext } from './session-response';
import { TokenService } from './token.service';

/** The login's password and second-factor fields (with their checks), plus the mailed link's token. */
@InputType()
export class ResetPasswordInput extends PickType(LoginInput, [
  'password',
  'totpCode',
  'passkeyResponse',
] as const) {
  @Field(() => String, { description: 'The token from the mailed link (/reset-password/<token>).' })
  @IsString()
  @MaxLength(128)
  token!: string;
}

@Resolver()
export class PasswordResetResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a password reset link to the address if it belongs to an account. Always true: the answer never tells whether it does. Throttled per IP address.',
  })
  requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Args('email', { type: () => String }) email: string,
  ): Promise<boolean> {
    if (typeof email !== 'string' || email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email.trim()))
      return Promise.resolve(true);
    return this.resets.request(ctx, email);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sets a new password with a mailed link (valid 60 minutes, once), ends every other session of the account and signs in. An account with a second factor must give it, as at login.',
  })
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ResetPasswordInput,
    @Context('http') { reply }: HttpContext,
  ): Promise<AuthPayload> {
    return respondWithSession(this.tokens, await this.resets.reset(ctx, input), reply);
  }
}
