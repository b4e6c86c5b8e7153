import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { AllowedBeforeTwoFactor, Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import { AuthService } from './auth.service';
import type { Session } from './session-issuer.service';
import { respondWithSession, type CookieRequest, type HttpContext } from './session-response';
import { AcceptInvitationInput, LoginInput, SignUpInput, TotpCodeInput } from './dto/auth.inputs';
import { AuthPayload, TotpSetup, UserModel, Viewer } from './models/auth.models';
import { RecoveryCodesService } from './recovery-codes.service';
import { REFRESH_COOKIE, TokenService } from './token.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
    private readonly recoveryCodes: RecoveryCodesService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Create a firm with its owner account and sign in.' })
  async signUp(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SignUpInput,
    @Context('http') { reply }: HttpContext,
  ): Promise<AuthPayload> {
    return this.respond(await this.auth.signUp(ctx, input), reply);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LoginInput,
    @Context('http') { reply }: HttpContext,
  ): Promise<AuthPayload> {
    return this.respond(await this.auth.login(ctx, input), reply);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Rotate the refresh token (httpOnly cookie) and issue a new access token.',
  })
  async refreshToken(
    @Ctx() ctx: RequestContext,
    @Context('req') req: CookieRequest,
    @Context('http') { reply }: HttpContext,
  ): Promise<AuthPayload> {
    return this.respond(await this.auth.refresh(ctx, req.cookies?.[REFRESH_COOKIE]), reply);
  }

  @Public()
  @Mutation(() => Boolean)
  @AllowedBeforeTwoFactor()
  async logout(
    @Ctx() ctx: RequestContext,
    @Context('req') req: CookieRequest,
    @Context('http') { reply }: HttpContext,
  ): Promise<boolean> {
    await this.auth.logout(ctx, req.cookies?.[REFRESH_COOKIE]);
    void reply.setCookie(REFRESH_COOKIE, '', this.tokens.cookieOptions(null));
    return true;
  }

  @Mutation(() => AuthPayload)
  async switchTenant(
    @Ctx() ctx: RequestContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Context('req') req: CookieRequest,
    @Context('http') { reply }: HttpContext,
  ): Promise<AuthPayload> {
    return this.respond(await this.auth.switchTenant(ctx, tenantId, req.cookies?.[REFRESH_COOKIE]), reply);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AcceptInvitationInput,
    @Context('http') { reply }: HttpContext,
  ): Promise<AuthPayload> {
    return this.respond(await this.auth.acceptInvitation(ctx, input), reply);
  }

  @Mutation(() => TotpSetup, {
    description: 'Start two-factor setup: returns the secret to scan; confirm with a first code.',
  })
  @AllowedBeforeTwoFactor()
  enableTotp(@Ctx() ctx: RequestContext): Promise<TotpSetup> {
    return this.auth.startTotp(ctx);
  }

  @Mutation(() => UserModel, {
    description:
      'Confirm the setup with a first code. Refresh the session afterwards (refreshToken) for a token without the setup requirement.',
  })
  @AllowedBeforeTwoFactor()
  confirmTotp(@Ctx() ctx: RequestContext, @Args('input') input: TotpCodeInput): Promise<UserModel> {
    return this.auth.confirmTotp(ctx, input.code);
  }

  @Mutation(() => UserModel)
  disableTotp(@Ctx() ctx: RequestContext, @Args('input') input: TotpCodeInput): Promise<UserModel> {
    return this.auth.disableTotp(ctx, input.code);
  }

  @Mutation(() => [String], {
    description:
      'Ten new one-time recovery codes (shown once; the previous ones stop working). Each signs in once in place of a TOTP code. Needs a current TOTP code.',
  })
  @AllowedBeforeTwoFactor()
  generateRecoveryCodes(@Ctx() ctx: RequestContext, @Args('input') input: TotpCodeInput): Promise<string[]> {
    return this.recoveryCodes.generate(ctx, input.code);
  }

  @Query(() => Viewer, { description: 'Who is asking: user (or API key), active firm, role, client scope.' })
  @AllowedBeforeTwoFactor()
  async me(@Ctx() ctx: RequestContext): Promise<Viewer> {
    const tenant = await this.auth.tenant(ctx);
    const user = ctx.principal.userId ? await this.auth.currentUser(ctx) : null;
    const memberships = await this.auth.memberships(ctx);
    return {
      user,
      tenant,
      role: ctx.principal.role ?? 'CLIENT_VIEWER',
      clientId: ctx.principal.clientId,
      scopes: ctx.principal.scopes ? [...ctx.principal.scopes] : null,
      twoFactorSetupRequired: ctx.principal.twoFactorSetupRequired ?? false,
      memberships: memberships.map(({ membership, tenant: t }) => ({
        tenant: t,
        role: membership.role,
        clientId: membership.clientId,
      })),
    };
  }

  private respond(session: Session, reply: FastifyReply): AuthPayload {
    return respondWithSession(this.tokens, session, reply);
  }
}
