import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { randomBytes } from 'node:crypto';
import {
  APP_CONFIG,
  APP_SECRETS,
  AppError,
  consumeOrRefuse,
  ipKey,
  publicPrincipal,
  RateLimitRepository,
  sha256Hex,
  type AppConfig,
  type AppSecrets,
  type RequestContext,
} from '@klarsicht/api-core';
import { OutboxService } from '@klarsicht/api-notifications';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { PasswordResetRepository } from './password-reset.repository';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import type { Session } from './session-issuer.service';
import { userPrincipal } from './session-issuer.service';
import { UsersRepository } from './users.repository';

const VALID_MS = 60 * 60_000;
const MAILS_PER_ACCOUNT_AND_HOUR = 3;
const INVALID_LINK = 'This reset link is invalid, used or expired. Ask for a new one.';

/**
 * Forgot password (docs/security.md § Password reset): a link by mail, 256 random bits, stored as its SHA-256,
 * valid 60 minutes and once. The request always answers true, known address or not; setting the new password ends
 * every session of the user and then signs in like a login with the new password (second factor included).
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);
  private readonly perIp: RateLimiterPostgres;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
    counters: RateLimitRepository,
    private readonly resets: PasswordResetRepository,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly passwords: PasswordService,
    private readonly outbox: OutboxService,
    private readonly auth: AuthService,
  ) {
    this.perIp = counters.counter(
      `password-reset-ip:${config.PASSWORD_RESET_MAX_PER_IP}/3600s`,
      config.PASSWORD_RESET_MAX_PER_IP,
      3600,
    );
  }

  async request(ctx: RequestContext, rawEmail: string): Promise<true> {
    await consumeOrRefuse(this.perIp, ipKey(this.secrets.blindIndexKey, ctx.meta.ip));
    const email = rawEmail.trim().toLowerCase();
    const user = await this.users.findByEmail(ctx, email);
    // Accounts that sign in only through their firm's SSO have no password to reset.
    if (!user?.passwordHash) return true;
    await ctx.become(userPrincipal(user, null));
    const memberships = await this.users.membershipsOf(ctx, user.id);
    const membership = memberships.find((m) => m.tenantId === user.lastTenantId) ?? memberships[0];
    if (!membership) return true;
    if (
      (await this.resets.issuedSince(ctx, user.id, new Date(Date.now() - VALID_MS))) >=
      MAILS_PER_ACCOUNT_AND_HOUR
    ) {
      this.logger.warn('Password reset mail not sent: the account had three this hour');
      return true;
    }
    const token = randomBytes(32).toString('base64url');
    await this.resets.insert(ctx, user.id, sha256Hex(token), new Date(Date.now() + VALID_MS));
    // The mail goes out in the name of the firm the user last worked in; the trail is that firm's.
    await ctx.become(
      publicPrincipal(membership.tenantId, { type: 'PUBLIC', id: null, label: 'password-reset' }),
    );
    ctx.audit({ action: 'auth.password_reset_requested', entityType: 'user', entityId: user.id });
    await this.outbox.queue(ctx, [
      {
        userId: user.id,
        to: user.email,
        template: 'password-reset',
        data: { name: user.name },
        secret: token,
      },
    ]);
    return true;
  }

  async reset(
    ctx: RequestContext,
    input: { token: string; password: string; totpCode?: string | null; passkeyResponse?: string | null },
  ): Promise<Session> {
    this.passwords.assertPolicy(input.password, 'password');
    const userId = await this.resets.use(ctx, sha256Hex(input.token));
    if (!userId) throw new AppError('NOT_FOUND', INVALID_LINK);
    const user = await this.users.find(ctx, userId);
    if (!user) throw new AppError('NOT_FOUND', INVALID_LINK);
    await this.users.update(ctx, user.id, { passwordHash: await this.passwords.hash(input.password) });
    const ended = await this.refreshTokens.revokeSessions(ctx, user.id, { except: null });
    await ctx.become(userPrincipal(user, null));
    for (const membership of await this.users.membershipsOf(ctx, user.id))
      ctx.audit({
        tenantId: membership.tenantId,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: user.id,
        changes: { sessionsEnded: ended },
      });
    // Signs in as a login with the new password would: a second factor is still asked for. Without it the whole
    // reset rolls back and the link keeps working for the next try.
    return this.auth.login(ctx, {
      email: user.email,
      password: input.password,
      totpCode: input.totpCode ?? undefined,
      passkeyResponse: input.passkeyResponse ?? undefined,
    });
  }
}
