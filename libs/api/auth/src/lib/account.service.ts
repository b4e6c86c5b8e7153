import { Injectable } from '@nestjs/common';
import { badInput, isUuid, notFound, type RequestContext } from '@klarsicht/api-core';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { RefreshTokensRepository, type SessionRow } from './refresh-tokens.repository';
import { TokenService } from './token.service';
import { UsersRepository } from './users.repository';

export type AccountSession = SessionRow & { current: boolean };

/**
 * The signed-in person's own account: password and sessions. A session is one sign-in on one device (a refresh
 * token family); ending it stops its refresh at once, its last access token expires within ACCESS_TOKEN_TTL_SECONDS.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly users: UsersRepository,
  ) {}

  /** Checks the current password, sets the new one and ends every other session of the user. */
  async changePassword(
    ctx: RequestContext,
    input: { currentPassword: string; newPassword: string },
    presentedRefresh: string | undefined,
  ): Promise<number> {
    const user = await this.auth.currentUser(ctx);
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword)))
      throw badInput({ currentPassword: 'The current password is not right' });
    this.passwords.assertPolicy(input.newPassword, 'newPassword');
    if (input.newPassword === input.currentPassword)
      throw badInput({ newPassword: 'Choose a password different from the current one' });
    await this.users.update(ctx, user.id, { passwordHash: await this.passwords.hash(input.newPassword) });
    const ended = await this.endOthers(ctx, user.id, presentedRefresh);
    ctx.audit({
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
      changes: { otherSessionsEnded: ended },
    });
    return ended;
  }

  async sessions(ctx: RequestContext, presentedRefresh: string | undefined): Promise<AccountSession[]> {
    const user = await this.auth.currentUser(ctx);
    const current = await this.currentFamily(ctx, presentedRefresh);
    const rows = await this.refreshTokens.sessionsOf(ctx, user.id);
    return rows.map((row) => ({ ...row, current: row.id === current }));
  }

  async revokeSession(ctx: RequestContext, id: string): Promise<boolean> {
    const user = await this.auth.currentUser(ctx);
    if (!isUuid(id)) throw notFound();
    const ended = await this.refreshTokens.revokeSessions(ctx, user.id, { only: id });
    if (ended === 0) throw notFound();
    ctx.audit({
      action: 'user.session_revoked',
      entityType: 'user',
      entityId: user.id,
      changes: { sessionId: id },
    });
    return true;
  }

  async revokeOtherSessions(ctx: RequestContext, presentedRefresh: string | undefined): Promise<number> {
    const user = await this.auth.currentUser(ctx);
    const ended = await this.endOthers(ctx, user.id, presentedRefresh);
    ctx.audit({
      action: 'user.other_sessions_revoked',
      entityType: 'user',
      entityId: user.id,
      changes: { ended },
    });
    return ended;
  }

  // Every session of the user but the one presenting this refresh token (all of them without one).
  private async endOthers(
    ctx: RequestContext,
    userId: string,
    presented: string | undefined,
  ): Promise<number> {
    return this.refreshTokens.revokeSessions(ctx, userId, {
      except: await this.currentFamily(ctx, presented),
    });
  }

  private async currentFamily(ctx: RequestContext, presented: string | undefined): Promise<string | null> {
    if (!presented) return null;
    return (await this.tokens.findByToken(ctx, presented))?.familyId ?? null;
  }
}
