import { Injectable, Logger } from '@nestjs/common';
import {
  AppError,
  createTenantToken,
  isUuid,
  parseTenantToken,
  publicPrincipal,
  RequestContextFactory,
  type RequestContext,
} from '@klarsicht/api-core';
import type { User } from '../entities/user.entity';
import { SessionIssuer, userPrincipal, type Session } from '../session-issuer.service';
import { UsersRepository } from '../users.repository';
import { SsoClient } from './sso-client';
import { SsoRepository, type SsoConnection } from './sso.repository';

/** Why a single sign-on ended without a session; the sign-in page shows the matching text. */
export type SsoFailure =
  | 'unavailable'
  | 'expired'
  | 'rejected'
  | 'unverified_email'
  | 'domain'
  | 'account_exists'
  | 'removed'
  | 'portal_closed';

export class SsoError extends Error {
  constructor(
    readonly reason: SsoFailure,
    message: string,
  ) {
    super(message);
  }
}

const LOGIN_TTL_SECONDS = 600;

/**
 * Sign-in through a firm's identity provider: which firms' SSO covers an email, the authorization request
 * (state naming the firm, nonce, PKCE), and the callback that turns verified ID token claims into a session —
 * linking the IdP subject, or provisioning a member just in time with the firm's configured role.
 */
@Injectable()
export class SsoLoginService {
  private readonly logger = new Logger(SsoLoginService.name);

  constructor(
    private readonly repository: SsoRepository,
    private readonly client: SsoClient,
    private readonly users: UsersRepository,
    private readonly sessions: SessionIssuer,
    private readonly contexts: RequestContextFactory,
  ) {}

  /** The firms whose SSO covers this email's domain (none for an unknown domain). */
  async options(ctx: RequestContext, email: string): Promise<{ tenantId: string; tenantName: string }[]> {
    const domain = email.trim().toLowerCase().split('@')[1];
    if (!domain) return [];
    return this.repository.tenantsForDomain(ctx, domain);
  }

  /** The provider URL to send the browser to. */
  async start(ctx: RequestContext, tenantId: string, loginHint: string | null): Promise<URL> {
    if (!isUuid(tenantId)) throw new SsoError('unavailable', 'No single sign-on is set up for this firm');
    await ctx.become(publicPrincipal(tenantId));
    const connection = await this.enabledConnection(ctx);
    const { token: state, hash } = createTenantToken(tenantId);
    const request = await this.client.authorizationRequest(connection, state, loginHint);
    await this.repository.insertLogin(ctx, {
      stateHash: hash,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      loginHint,
      ttlSeconds: LOGIN_TTL_SECONDS,
    });
    return request.url;
  }

  async callback(ctx: RequestContext, callbackUrl: URL): Promise<Session> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const parsed = parseTenantToken(state);
    if (!parsed) throw new SsoError('expired', 'The sign-in request is unknown or expired: start again');
    await ctx.become(publicPrincipal(parsed.tenantId));
    try {
      return await this.complete(ctx, callbackUrl, state, parsed.hash);
    } catch (error) {
      if (error instanceof SsoError || error instanceof AppError) await this.recordFailure(ctx, error);
      throw error;
    }
  }

  private async complete(ctx: RequestContext, callbackUrl: URL, state: string, stateHash: string) {
    const login = await this.repository.takeLogin(ctx, stateHash);
    if (!login) throw new SsoError('expired', 'The sign-in request is unknown, used or expired: start again');
    const connection = await this.enabledConnection(ctx);
    let claims;
    try {
      claims = await this.client.exchange(connection, callbackUrl, {
        state,
        nonce: login.nonce,
        codeVerifier: login.codeVerifier,
      });
    } catch (error) {
      this.logger.warn(
        {
          err: error,
          oauthError: (error as { error?: unknown }).error,
          cause: (error as { cause?: unknown }).cause,
        },
        'SSO code exchange refused',
      );
      throw new SsoError('rejected', "The identity provider's answer was not accepted");
    }
    if (!claims.email || !claims.emailVerified)
      throw new SsoError('unverified_email', 'The identity provider did not confirm an email address');
    const domain = claims.email.split('@')[1] ?? '';
    if (!connection.allowedDomains.includes(domain))
      throw new SsoError('domain', `The email domain ${domain} is not one this firm signs in through SSO`);
    // Under the firm's scope: its memberships and identity links are readable without switching principals.
    const linkedId = await this.repository.identityUser(ctx, connection.issuer, claims.subject);
    const existing =
      (linkedId ? await this.users.find(ctx, linkedId) : null) ??
      (await this.users.findByEmail(ctx, claims.email));
    let user: User;
    let membership = existing ? await this.users.membershipIn(ctx, existing.id, connection.tenantId) : null;
    if (existing && membership) {
      user = existing;
    } else {
      // Linked before but no longer a member: the firm removed them; SSO does not bring them back.
      if (existing && (await this.repository.hasIdentity(ctx, existing.id)))
        throw new SsoError('removed', 'Your membership in this firm was removed: ask an owner to invite you');
      // An account made elsewhere is only taken over by this firm's IdP when it is already this firm's member:
      // otherwise one firm's IdP could sign in as another firm's member.
      if (existing)
        throw new SsoError(
          'account_exists',
          'An account with this email exists already: accept an invitation from the firm to link it',
        );
      user = await this.users.insert(ctx, {
        email: claims.email,
        name: claims.name?.trim() || claims.email,
        passwordHash: null,
        lastTenantId: connection.tenantId,
      });
      membership = await this.users.insertMembership(ctx, {
        tenantId: connection.tenantId,
        userId: user.id,
        role: connection.defaultRole,
        clientId: null,
      });
      await ctx.become(userPrincipal(user, membership));
      ctx.audit({
        action: 'member.joined',
        entityType: 'membership',
        entityId: membership.id,
        changes: { role: { after: membership.role }, via: 'sso' },
      });
    }
    await ctx.become(userPrincipal(user, membership));
    await this.repository.linkIdentity(ctx, user.id, connection.issuer, claims.subject);
    await this.users.update(ctx, user.id, { lastTenantId: connection.tenantId });
    const tenant = await this.users.tenant(ctx, connection.tenantId);
    ctx.audit({ action: 'auth.login', entityType: 'user', entityId: user.id, changes: { method: 'sso' } });
    try {
      return await this.sessions.open(ctx, user, tenant, membership, null, true);
    } catch (error) {
      if (error instanceof AppError && error.code === 'FORBIDDEN')
        throw new SsoError('portal_closed', error.message);
      throw error;
    }
  }

  private async enabledConnection(ctx: RequestContext): Promise<SsoConnection> {
    const connection = await this.repository.firmConnection(ctx);
    if (!connection?.enabled) throw new SsoError('unavailable', 'No single sign-on is set up for this firm');
    return connection;
  }

  private async recordFailure(ctx: RequestContext, error: Error): Promise<void> {
    const reason = error instanceof SsoError ? error.reason : 'error';
    this.logger.warn({ reason }, 'SSO sign-in failed');
    await this.contexts.runSeparately(publicPrincipal(ctx.tenantId), ctx.meta, async (own) => {
      own.audit({
        action: 'auth.sso_failed',
        entityType: 'tenant',
        entityId: own.tenantId,
        changes: { reason },
      });
    });
  }
}
