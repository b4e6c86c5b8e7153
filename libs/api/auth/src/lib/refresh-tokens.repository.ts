import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { RequestContext } from '@klarsicht/api-core';
import { RefreshToken } from './entities/refresh-token.entity';

/** Refresh tokens, stored as SHA-256 hashes, one family per sign-in. */
@Injectable()
export class RefreshTokensRepository {
  async insert(
    ctx: RequestContext,
    values: Pick<RefreshToken, 'userId' | 'familyId' | 'activeTenantId' | 'tokenHash' | 'expiresAt'>,
  ): Promise<void> {
    const repo = await ctx.repo(RefreshToken);
    await repo.insert(repo.create({ ...values, rotatedAt: null, revokedAt: null }));
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
}
