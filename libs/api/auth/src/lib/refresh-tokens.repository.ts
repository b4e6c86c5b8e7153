import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { anonymizeIp, type RequestContext } from '@klarsicht/api-core';
import { RefreshToken } from './entities/refresh-token.entity';

/** Refresh tokens, stored as SHA-256 hashes, one family per sign-in. */
@Injectable()
export class RefreshTokensRepository {
  async insert(
    ctx: RequestContext,
    values: Pick<
      RefreshToken,
      'userId' | 'familyId' | 'activeTenantId' | 'tokenHash' | 'expiresAt' | 'ssoTenantId'
    >,
  ): Promise<void> {
    const repo = await ctx.repo(RefreshToken);
    await repo.insert(
      repo.create({
        ...values,
        rotatedAt: null,
        revokedAt: null,
        userAgent: ctx.meta.userAgent?.slice(0, 300) ?? null,
        ip: anonymizeIp(ctx.meta.ip),
      }),
    );
  }

  /** The token with this hash; `lock` takes its row lock for the rest of the transaction. */
  async findByHash(ctx: RequestContext, tokenHash: string, lock = false): Promise<RefreshToken | null> {
    return (await ctx.repo(RefreshToken)).findOne({
      where: { tokenHash },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async markRotated(ctx: RequestContext, id: string): Promise<void> {
    await (await ctx.repo(RefreshToken)).update({ id }, { rotatedAt: new Date() });
  }

  async revokeFamily(ctx: RequestContext, familyId: string): Promise<void> {
    await (await ctx.repo(RefreshToken)).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async setActiveTenant(ctx: RequestContext, familyId: string, tenantId: string): Promise<void> {
    await (
      await ctx.repo(RefreshToken)
    ).update({ familyId, revokedAt: IsNull() }, { activeTenantId: tenantId });
  }

  /** The user's live sessions: refresh-token families whose newest token is neither rotated, revoked nor expired. */
  sessionsOf(ctx: RequestContext, userId: string): Promise<SessionRow[]> {
    return ctx.query<SessionRow>(
      `SELECT t.family_id AS id, t.user_agent AS "userAgent", t.ip, t.created_at AS "lastUsedAt",
              t.active_tenant_id AS "tenantId",
              (SELECT min(f.created_at) FROM refresh_token f WHERE f.family_id = t.family_id) AS "signedInAt"
         FROM refresh_token t
        WHERE t.user_id = $1 AND t.rotated_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now()
        ORDER BY t.created_at DESC`,
      [userId],
    );
  }

  /** Revokes the user's sessions: one family, or all but `except` (null: all). Returns how many ended. */
  async revokeSessions(
    ctx: RequestContext,
    userId: string,
    which: { only: string } | { except: string | null },
  ): Promise<number> {
    const filter = 'only' in which ? 'family_id = $2' : 'family_id IS DISTINCT FROM $2';
    // A data-modifying CTE under a SELECT: TypeORM answers a bare UPDATE with [rows, count], a SELECT with rows.
    const [row] = await ctx.query<{ ended: number }>(
      `WITH revoked AS (
         UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND ${filter}::uuid AND revoked_at IS NULL RETURNING family_id)
       SELECT count(DISTINCT family_id)::int AS ended FROM revoked`,
      [userId, 'only' in which ? which.only : which.except],
    );
    return row?.ended ?? 0;
  }
}

export type SessionRow = {
  id: string;
  userAgent: string | null;
  ip: string | null;
  lastUsedAt: Date;
  signedInAt: Date;
  tenantId: string;
};
