import { Injectable, Logger } from '@nestjs/common';
import { RequestContextFactory, type RequestContext } from '@klarsicht/api-core';
import type { User } from './entities/user.entity';
import { SessionIssuer, userPrincipal, type Session } from './session-issuer.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { UsersRepository } from './users.repository';
import { requiresSso, ssoRequired } from './sso/sso-policy';

/** How the user proved who they are: recorded with `auth.login`. */
export type SignInMethod = {
  method: 'password' | 'passkey';
  secondFactor: 'totp' | 'recovery_code' | 'passkey' | null;
};

/**
 * The end of every sign-in with credentials (password, passkey): a success opens the session in the user's last
 * firm and is audited with its method; a failure is throttled and audited in a unit of work of its own.
 */
@Injectable()
export class SignInOutcomes {
  private readonly logger = new Logger(SignInOutcomes.name);

  constructor(
    private readonly throttle: SignInThrottleService,
    private readonly contexts: RequestContextFactory,
    private readonly users: UsersRepository,
    private readonly sessions: SessionIssuer,
  ) {}

  /**
   * The session in the user's last firm (or their first); null when they belong to none. `throttleKey` is what
   * the attempt was throttled by (the email).
   */
  async succeeded(
    ctx: RequestContext,
    user: User,
    throttleKey: string,
    how: SignInMethod,
  ): Promise<Session | null> {
    await ctx.become(userPrincipal(user, null));
    const all = await this.users.membershipsOf(ctx, user.id);
    // One read of the user's firms: which require their SSO (no password nor passkey from non-owner staff), and
    // the one the session opens in.
    const tenants = await this.users.tenants(
      ctx,
      all.map((m) => m.tenantId),
    );
    const ssoOnly = new Set(tenants.filter((t) => t.requireSso).map((t) => t.id));
    const memberships = all.filter((m) => !ssoOnly.has(m.tenantId) || !requiresSso(m.role));
    const membership = memberships.find((m) => m.tenantId === user.lastTenantId) ?? memberships[0];
    if (!membership) {
      if (all.length > 0) throw ssoRequired();
      return null;
    }
    await this.throttle.record(ctx, throttleKey, ctx.meta.ip, true);
    const tenant = tenants.find((t) => t.id === membership.tenantId);
    if (!tenant) return null;
    await ctx.become(userPrincipal(user, membership));
    ctx.audit({ action: 'auth.login', entityType: 'user', entityId: user.id, changes: how });
    return this.sessions.open(ctx, user, tenant, membership, null);
  }

  /** A failed sign-in is recorded in its own transaction: the operation's own transaction rolls back. */
  async failed(ctx: RequestContext, throttleKey: string, user: User | null, reason: string): Promise<void> {
    await this.contexts.runSeparately(ctx.principal, ctx.meta, async (own) => {
      await this.throttle.record(own, throttleKey, ctx.meta.ip, false);
      if (!user) return;
      await own.become({
        ...userPrincipal(user, null),
        actor: { type: 'PUBLIC', id: null, label: 'sign-in' },
      });
      const memberships = await this.users.membershipsOf(own, user.id);
      for (const membership of memberships) {
        own.audit({
          tenantId: membership.tenantId,
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          changes: { reason },
        });
      }
    });
    this.logger.warn({ reason }, 'Sign-in failed');
  }
}
