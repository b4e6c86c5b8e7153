import { Injectable } from '@nestjs/common';
import {
  AppError,
  badInput,
  conflict,
  isUuid,
  newId,
  notFound,
  parseTenantToken,
  publicPrincipal,
  RequestContextFactory,
  unauthenticated,
  type Principal,
  type RequestContext,
} from '@klarsicht/api-core';
import type { Membership, Tenant } from '@klarsicht/api-tenancy';
import type { User } from './entities/user.entity';
import { PasskeySignIn } from './passkeys/passkey-sign-in.service';
import { PasswordService } from './password.service';
import { RecoveryCodesService } from './recovery-codes.service';
import { SignInOutcomes, type SignInMethod } from './sign-in-outcomes.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { requiresSso, ssoBound, ssoRequired } from './sso/sso-policy';
import { SessionIssuer, userPrincipal, type Session } from './session-issuer.service';
import { TokenService } from './token.service';
import { TotpService } from './totp.service';
import { UsersRepository } from './users.repository';

const INVALID_CREDENTIALS = 'Invalid email or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly totp: TotpService,
    private readonly throttle: SignInThrottleService,
    private readonly contexts: RequestContextFactory,
    private readonly users: UsersRepository,
    private readonly recoveryCodes: RecoveryCodesService,
    private readonly sessions: SessionIssuer,
    private readonly outcomes: SignInOutcomes,
    private readonly passkeys: PasskeySignIn,
  ) {}

  async signUp(
    ctx: RequestContext,
    input: { firmName: string; name: string; email: string; password: string },
  ): Promise<Session> {
    const email = input.email.trim().toLowerCase();
    this.passwords.assertPolicy(input.password);
    if (await this.users.emailTaken(ctx, email)) throw conflict('An account with this email already exists');
    const tenantId = newId();
    const user = await this.users.insert(ctx, {
      email,
      name: input.name.trim(),
      passwordHash: await this.passwords.hash(input.password),
      lastTenantId: tenantId,
    });
    await ctx.become(userPrincipal(user, { tenantId, role: 'OWNER', clientId: null }));
    const tenant = await this.users.insertTenant(ctx, { id: tenantId, name: input.firmName.trim() });
    const membership = await this.users.insertMembership(ctx, {
      tenantId,
      userId: user.id,
      role: 'OWNER',
      clientId: null,
    });
    ctx.audit({
      action: 'tenant.created',
      entityType: 'tenant',
      entityId: tenant.id,
      changes: { name: { after: tenant.name } },
    });
    ctx.audit({
      action: 'member.added',
      entityType: 'membership',
      entityId: membership.id,
      changes: { role: { after: 'OWNER' }, userId: { after: user.id } },
    });
    return this.sessions.open(ctx, user, tenant, membership, null);
  }

  /**
   * Email and password, then the second factor the user has: a TOTP code (or a recovery code) or a passkey answer
   * (`passkeyResponse`, to request options from `passkeyLoginOptions(email)`).
   */
  async login(
    ctx: RequestContext,
    input: { email: string; password: string; totpCode?: string | null; passkeyResponse?: string | null },
  ): Promise<Session> {
    const email = input.email.trim().toLowerCase();
    await this.throttle.assertAllowed(ctx, email, ctx.meta.ip);
    const user = await this.users.findByEmail(ctx, email);
    const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    const failure = async (reason: string): Promise<never> => {
      await this.outcomes.failed(ctx, email, user, reason);
      throw new AppError('UNAUTHENTICATED', INVALID_CREDENTIALS);
    };
    if (!user || !passwordOk) return failure('invalid_credentials');
    const second = await this.secondFactor(ctx, user, input);
    if ('refused' in second) return failure(second.refused);
    const session = await this.outcomes.succeeded(ctx, user, email, {
      method: 'password',
      secondFactor: second.factor,
    });
    if (!session) return failure('no_membership');
    if (second.factor === 'recovery_code')
      ctx.audit({ action: 'auth.recovery_code_used', entityType: 'user', entityId: user.id });
    return session;
  }

  /** The second factor after a right password: which one was used, none (the user has none), or the refusal. */
  private async secondFactor(
    ctx: RequestContext,
    user: User,
    input: { totpCode?: string | null; passkeyResponse?: string | null },
  ): Promise<{ factor: SignInMethod['secondFactor'] } | { refused: string }> {
    if (input.passkeyResponse) {
      const refusal = await this.passkeys.checkSecondFactor(ctx, user, input.passkeyResponse);
      return refusal ? { refused: refusal } : { factor: 'passkey' };
    }
    const secret = user.totpEnabled ? user.totpSecret : null;
    const passkey = await this.passkeys.has(ctx, user.id);
    if (!secret && !passkey) return { factor: null };
    if (!secret || !input.totpCode)
      throw new AppError(
        'UNAUTHENTICATED',
        secret ? 'A one-time code is required' : 'A passkey is required',
        {
          fields: {
            ...(secret ? { totpCode: 'required' } : {}),
            ...(passkey ? { passkeyResponse: 'required' } : {}),
          },
        },
      );
    if (await this.recoveryCodes.consume(ctx, user.id, input.totpCode)) return { factor: 'recovery_code' };
    const check = this.totp.check(
      secret,
      input.totpCode,
      user.totpLastStep === null ? null : Number(user.totpLastStep),
    );
    if (!check.valid) return { refused: 'invalid_totp' };
    await this.users.update(ctx, user.id, { totpLastStep: String(check.step) });
    return { factor: 'totp' };
  }

  async refresh(ctx: RequestContext, presented: string | undefined): Promise<Session> {
    if (!presented) throw unauthenticated('No session');
    const result = await this.tokens.rotate(ctx, presented);
    if (result.kind === 'invalid') throw unauthenticated('Session expired');
    if (result.kind === 'reused') {
      const stolen = result.token;
      // Replaying a rotated token means it was copied: end every session of this sign-in, committed on its own.
      await this.contexts.runSeparately(ctx.principal, ctx.meta, async (own) => {
        await this.tokens.revokeFamily(own, stolen.familyId);
        await own.become({ ...ANON_WITH_TENANT(stolen.activeTenantId) });
        own.audit({
          action: 'auth.refresh_reuse_detected',
          entityType: 'user',
          entityId: stolen.userId,
          changes: { familyId: stolen.familyId },
        });
      });
      throw unauthenticated('Session revoked');
    }
    const { token } = result;
    const user = await this.users.find(ctx, token.userId);
    if (!user) throw unauthenticated('Session expired');
    await ctx.become(userPrincipal(user, null));
    const membership = await this.users.membershipIn(ctx, user.id, token.activeTenantId);
    if (!membership) throw unauthenticated('Session expired');
    const tenant = await this.users.tenant(ctx, membership.tenantId);
    await ctx.become(userPrincipal(user, membership));
    return this.sessions.open(ctx, user, tenant, membership, token.familyId, token.ssoTenantId !== null);
  }

  async logout(ctx: RequestContext, presented: string | undefined): Promise<void> {
    if (!presented) return;
    const token = await this.tokens.findByToken(ctx, presented);
    if (!token) return;
    await this.tokens.revokeFamily(ctx, token.familyId);
    await ctx.become({
      ...ANON_WITH_TENANT(token.activeTenantId),
      actor: { type: 'USER', id: token.userId, label: 'user' },
    });
    ctx.audit({ action: 'auth.logout', entityType: 'user', entityId: token.userId });
  }

  async switchTenant(ctx: RequestContext, tenantId: string, presented: string | undefined): Promise<Session> {
    const userId = ctx.principal.userId;
    if (!userId) throw unauthenticated();
    // Not a uuid: no such firm (in SQL it would be a database error).
    if (!isUuid(tenantId)) throw notFound();
    if (ctx.principal.ssoBound) throw ssoBound();
    const user = await this.users.find(ctx, userId);
    if (!user) throw unauthenticated();
    await ctx.become(userPrincipal(user, null));
    const membership = await this.users.membershipIn(ctx, userId, tenantId);
    if (!membership) throw notFound();
    const tenant = await this.users.tenant(ctx, tenantId);
    if (tenant.requireSso && requiresSso(membership.role)) throw ssoRequired();
    await this.users.update(ctx, userId, { lastTenantId: tenantId });
    await ctx.become(userPrincipal(user, membership));
    ctx.audit({ action: 'auth.tenant_switched', entityType: 'tenant', entityId: tenantId });
    const existing = presented ? await this.tokens.findByToken(ctx, presented) : null;
    if (existing && existing.userId === userId && !existing.revokedAt) {
      await this.tokens.setActiveTenant(ctx, existing.familyId, tenantId);
      return { ...(await this.sessions.open(ctx, user, tenant, membership, 'keep')), refresh: null };
    }
    return this.sessions.open(ctx, user, tenant, membership, null);
  }

  async acceptInvitation(
    ctx: RequestContext,
    input: { token: string; name?: string | null; password: string },
  ): Promise<Session> {
    const parsed = parseTenantToken(input.token);
    if (!parsed) throw notFound();
    await ctx.become({ ...ANON_WITH_TENANT(parsed.tenantId) });
    const invitation = await this.users.invitationByToken(ctx, parsed.tenantId, parsed.hash);
    if (
      !invitation ||
      invitation.acceptedAt ||
      invitation.revokedAt ||
      invitation.expiresAt.getTime() <= Date.now()
    )
      throw notFound();
    let user = await this.users.findByEmail(ctx, invitation.email);
    if (user) {
      if (!(await this.passwords.verify(user.passwordHash, input.password)))
        throw new AppError('UNAUTHENTICATED', INVALID_CREDENTIALS);
    } else {
      if (!input.name?.trim()) throw badInput({ name: 'Enter your name' });
      this.passwords.assertPolicy(input.password);
      user = await this.users.insert(ctx, {
        email: invitation.email,
        name: input.name.trim(),
        passwordHash: await this.passwords.hash(input.password),
        lastTenantId: invitation.tenantId,
      });
    }
    if (await this.users.membershipIn(ctx, user.id, invitation.tenantId))
      throw conflict('You are already a member of this firm');
    const membership = await this.users.insertMembership(ctx, {
      tenantId: invitation.tenantId,
      userId: user.id,
      role: invitation.role,
      clientId: invitation.clientId,
    });
    await this.users.markInvitationAccepted(ctx, invitation.id);
    await this.users.update(ctx, user.id, { lastTenantId: invitation.tenantId });
    await ctx.become(userPrincipal(user, membership));
    ctx.audit({
      action: 'member.joined',
      entityType: 'membership',
      entityId: membership.id,
      clientId: membership.clientId,
      changes: { role: { after: membership.role }, invitationId: invitation.id },
    });
    const tenant = await this.users.tenant(ctx, invitation.tenantId);
    return this.sessions.open(ctx, user, tenant, membership, null);
  }

  async startTotp(ctx: RequestContext): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.currentUser(ctx);
    if (user.totpEnabled) throw conflict('Two-factor authentication is already enabled');
    const { secret, sealed, otpauthUrl } = this.totp.createSecret(user.email);
    await this.users.update(ctx, user.id, { totpSecret: sealed, totpLastStep: null });
    ctx.audit({ action: 'auth.totp_setup_started', entityType: 'user', entityId: user.id });
    return { secret, otpauthUrl };
  }

  async confirmTotp(ctx: RequestContext, code: string): Promise<User> {
    const user = await this.currentUser(ctx);
    if (!user.totpSecret || user.totpEnabled) throw conflict('Start the two-factor setup first');
    const check = this.totp.check(user.totpSecret, code, null);
    if (!check.valid) throw badInput({ code: 'The code is not valid' });
    await this.users.update(ctx, user.id, { totpEnabled: true, totpLastStep: String(check.step) });
    ctx.audit({ action: 'auth.totp_enabled', entityType: 'user', entityId: user.id });
    return { ...user, totpEnabled: true };
  }

  async disableTotp(ctx: RequestContext, code: string): Promise<User> {
    const user = await this.currentUser(ctx);
    if (!user.totpEnabled || !user.totpSecret) throw conflict('Two-factor authentication is not enabled');
    const check = this.totp.check(
      user.totpSecret,
      code,
      user.totpLastStep === null ? null : Number(user.totpLastStep),
    );
    if (!check.valid) throw badInput({ code: 'The code is not valid' });
    await this.users.update(ctx, user.id, { totpEnabled: false, totpSecret: null, totpLastStep: null });
    await this.users.deleteRecoveryCodes(ctx, user.id);
    ctx.audit({ action: 'auth.totp_disabled', entityType: 'user', entityId: user.id });
    return { ...user, totpEnabled: false, totpSecret: null };
  }

  async currentUser(ctx: RequestContext): Promise<User> {
    const userId = ctx.principal.userId;
    if (!userId) throw unauthenticated('Only signed-in users can do this');
    const user = await this.users.find(ctx, userId);
    if (!user) throw unauthenticated();
    return user;
  }

  async memberships(ctx: RequestContext): Promise<{ membership: Membership; tenant: Tenant }[]> {
    const userId = ctx.principal.userId;
    if (!userId) return [];
    const memberships = await this.users.membershipsOf(ctx, userId);
    const tenants = await this.users.tenants(
      ctx,
      memberships.map((m) => m.tenantId),
    );
    return memberships.flatMap((membership) => {
      const tenant = tenants.find((t) => t.id === membership.tenantId);
      return tenant ? [{ membership, tenant }] : [];
    });
  }

  async tenant(ctx: RequestContext): Promise<Tenant> {
    return this.users.tenant(ctx, ctx.tenantId);
  }
}

const ANON_WITH_TENANT = (tenantId: string): Principal => publicPrincipal(tenantId);
