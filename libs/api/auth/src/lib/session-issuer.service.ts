import { Injectable } from '@nestjs/common';
import { isClientRole, type Role } from '@klarsicht/shared';
import { AppError, newId, type Principal, type RequestContext } from '@klarsicht/api-core';
import type { Membership, Tenant } from '@klarsicht/api-tenancy';
import type { User } from './entities/user.entity';
import { PasskeysRepository } from './passkeys/passkeys.repository';
import { TokenService } from './token.service';
import { UsersRepository } from './users.repository';

export type Session = {
  accessToken: string;
  refresh: { token: string; expiresAt: Date } | null;
  user: User;
  tenant: Tenant;
  role: Role;
  clientId: string | null;
};

export const PORTAL_CLOSED =
  "This company's portal is closed: the data protection firm has archived it. Ask the firm to restore it.";

/** The principal of a signed-in user, in one membership (or none yet, while memberships are looked up). */
export const userPrincipal = (
  user: User,
  membership: Pick<Membership, 'tenantId' | 'role' | 'clientId'> | null,
): Principal => ({
  actor: { type: 'USER', id: user.id, label: user.email },
  userId: user.id,
  tenantId: membership?.tenantId ?? null,
  role: membership?.role ?? null,
  clientId: membership?.clientId ?? null,
  scopes: null,
});

/**
 * Opens a session for a user who has proven who they are (password, invitation, SSO, passkey): the access token
 * and, unless the caller keeps the current family, a refresh token. Every sign-in method ends here, so the portal
 * and two-factor rules hold for all of them.
 */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
    private readonly passkeys: PasskeysRepository,
  ) {}

  async open(
    ctx: RequestContext,
    user: User,
    tenant: Tenant,
    membership: Membership,
    familyId: string | null,
    // The firm's SSO opened it (or the session it continues): bound to that firm.
    ssoBound = false,
  ): Promise<Session> {
    if (membership.clientId && (await this.users.clientArchived(ctx, membership.clientId)))
      throw new AppError('FORBIDDEN', PORTAL_CLOSED);
    // The firm's policy: staff without a second factor (TOTP or a passkey) may only set one up until they have.
    const twoFactorSetupRequired =
      tenant.requireTwoFactor &&
      !isClientRole(membership.role) &&
      !user.totpEnabled &&
      !(await this.passkeys.exists(ctx, user.id));
    const accessToken = await this.tokens.accessToken({
      userId: user.id,
      email: user.email,
      tenantId: tenant.id,
      role: membership.role,
      clientId: membership.clientId,
      twoFactorSetupRequired,
      ssoBound,
    });
    const refresh =
      familyId === 'keep'
        ? null
        : await this.tokens.issueRefresh(
            ctx,
            user.id,
            tenant.id,
            familyId ?? newId(),
            ssoBound ? tenant.id : null,
          );
    return { accessToken, refresh, user, tenant, role: membership.role, clientId: membership.clientId };
  }
}
