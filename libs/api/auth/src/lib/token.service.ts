import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import type { Role } from '@klarsicht/shared';
import { APP_CONFIG, newId, sha256Hex, type AppConfig, type RequestContext } from '@klarsicht/api-core';
import type { RefreshToken } from './entities/refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import type { AccessTokenClaims } from './strategies/jwt.strategy';

export const REFRESH_COOKIE = 'ks_refresh';

export type IssuedSession = { accessToken: string; refreshToken: string; refreshExpiresAt: Date };

export type RotationResult =
  | { kind: 'rotated'; session: IssuedSession; userId: string; tenantId: string }
  | { kind: 'invalid' }
  | { kind: 'reused'; userId: string; tenantId: string; familyId: string };

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  accessToken(claims: {
    userId: string;
    email: string;
    tenantId: string;
    role: Role;
    clientId: string | null;
    twoFactorSetupRequired: boolean;
    ssoBound?: boolean;
  }): Promise<string> {
    const payload: AccessTokenClaims = {
      sub: claims.userId,
      email: claims.email,
      tid: claims.tenantId,
      role: claims.role,
      cid: claims.clientId,
      iss_ms: Date.now(),
      ...(claims.twoFactorSetupRequired ? { tfa_setup: true } : {}),
      ...(claims.ssoBound ? { sso: true } : {}),
    };
    return this.jwt.signAsync(payload, {
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      algorithm: 'HS256',
    });
  }

  /** A new refresh token; `familyId` continues a rotation chain, none starts one (a new sign-in). */
  async issueRefresh(
    ctx: RequestContext,
    userId: string,
    tenantId: string,
    familyId: string = newId(),
    ssoTenantId: string | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await this.refreshTokens.insert(ctx, {
      userId,
      familyId,
      activeTenantId: tenantId,
      tokenHash: sha256Hex(token),
      expiresAt,
      ssoTenantId,
    });
    return { token, expiresAt };
  }

  /** Rotation with reuse detection: presenting an already rotated token marks the family as stolen. */
  async rotate(
    ctx: RequestContext,
    presented: string,
  ): Promise<
    { kind: 'invalid' } | { kind: 'reused'; token: RefreshToken } | { kind: 'valid'; token: RefreshToken }
  > {
    const tokenHash = sha256Hex(presented);
    // Reuse is decided before taking a row lock: revoking the family happens in a transaction of its own,
    // which must not wait for a lock this request holds.
    const seen = await this.refreshTokens.findByHash(ctx, tokenHash);
    if (!seen || seen.revokedAt) return { kind: 'invalid' };
    if (seen.rotatedAt) return { kind: 'reused', token: seen };
    const token = await this.refreshTokens.findByHash(ctx, tokenHash, true);
    // Rotated by a concurrent request in the meantime: refuse this one without revoking.
    if (!token || token.revokedAt || token.rotatedAt) return { kind: 'invalid' };
    if (token.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
    await this.refreshTokens.markRotated(ctx, token.id);
    return { kind: 'valid', token };
  }

  async revokeFamily(ctx: RequestContext, familyId: string): Promise<void> {
    await this.refreshTokens.revokeFamily(ctx, familyId);
  }

  async findByToken(ctx: RequestContext, presented: string): Promise<RefreshToken | null> {
    return this.refreshTokens.findByHash(ctx, sha256Hex(presented));
  }

  async setActiveTenant(ctx: RequestContext, familyId: string, tenantId: string): Promise<void> {
    await this.refreshTokens.setActiveTenant(ctx, familyId, tenantId);
  }

  cookieOptions(expiresAt: Date | null) {
    return {
      httpOnly: true,
      sameSite: 'strict' as const,
      secure: this.config.NODE_ENV === 'production',
      path: '/graphql',
      ...(expiresAt ? { expires: expiresAt } : { maxAge: 0 }),
    };
  }
}
