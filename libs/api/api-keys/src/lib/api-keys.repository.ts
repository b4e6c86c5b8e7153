import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { ApiScope } from '@klarsicht/shared';
import { ApiKey } from './api-key.entity';

export type KeyRow = {
  id: string;
  name: string;
  secret_hash: string;
  scopes: ApiScope[];
  client_id: string | null;
  expires_at: Date | null;
  revoked_at: Date | null;
};

export type SignInKeyRow = KeyRow & { client_archived: boolean };

@Injectable()
export class ApiKeysRepository {
  async insert(
    ctx: RequestContext,
    values: Pick<
      ApiKey,
      'id' | 'name' | 'prefix' | 'secretHash' | 'scopes' | 'clientId' | 'expiresAt' | 'createdBy'
    >,
  ): Promise<ApiKey> {
    const repo = await ctx.repo(ApiKey);
    const apiKey = repo.create({ ...values, tenantId: ctx.tenantId, revokedAt: null, lastUsedAt: null });
    await repo.insert(apiKey);
    return apiKey;
  }

  async list(ctx: RequestContext): Promise<ApiKey[]> {
    return (await ctx.repo(ApiKey)).find({ order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** The key, locked until the end of the transaction (revocation). */
  async findForUpdate(ctx: RequestContext, id: string): Promise<ApiKey | null> {
    return (await ctx.repo(ApiKey)).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async revoke(ctx: RequestContext, id: string, at: Date): Promise<void> {
    await (await ctx.repo(ApiKey)).update({ id }, { revokedAt: at });
  }

  /** What sign-in with a key needs: its secret hash, scopes, binding and validity. */
  /** The key with whether its client is archived (its portal closed), in the one statement authentication costs. */
  async findForSignIn(ctx: RequestContext, id: string): Promise<SignInKeyRow | null> {
    const [row] = await ctx.query<SignInKeyRow>(
      `SELECT k.id, k.name, k.secret_hash, k.scopes, k.client_id, k.expires_at, k.revoked_at,
              COALESCE((SELECT c.archived_at IS NOT NULL FROM client c WHERE c.tenant_id = k.tenant_id AND c.id = k.client_id), false) AS client_archived
         FROM api_key k WHERE k.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** At most one write per key and minute, however busy the integration is. */
  async touch(ctx: RequestContext, id: string): Promise<void> {
    await ctx.query(
      `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
