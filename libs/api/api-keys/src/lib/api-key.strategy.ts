import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { publicPrincipal, RequestContextFactory, safeEqual, type Principal } from '@klarsicht/api-core';
import { looksLikeApiKey, parseApiKey } from './api-key-format.util';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiRateLimits } from './api-rate-limits.service';

type BearerRequest = { ip?: string; headers: Record<string, string | string[] | undefined> };

// Only looks the key up: nothing else is readable with this principal (no role), and nothing is audited.
const lookupPrincipal = (tenantId: string): Principal =>
  publicPrincipal(tenantId, { type: 'SYSTEM', id: null, label: 'api-key-authentication' });

/**
 * `Authorization: Bearer ks_live_…`: a scoped principal acting as the key. Keys are limited by the scopes they
 * carry (see AccessService.can); the role only caps them at what a DPO may do. Anything that is not an API key
 * falls through to the JWT strategy.
 */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(
    private readonly contexts: RequestContextFactory,
    private readonly limits: ApiRateLimits,
    private readonly keys: ApiKeysRepository,
  ) {
    super({ passReqToCallback: true });
  }

  async validate(request: BearerRequest, token: string): Promise<Principal | false> {
    if (!looksLikeApiKey(token)) return false;
    // Keys travel in the Authorization header only, never in a query string that ends up in logs.
    const header = request.headers.authorization;
    if (typeof header !== 'string' || header.replace(/^Bearer /i, '') !== token) return false;
    await this.limits.checkIp(request.ip);
    const parsed = parseApiKey(token);
    if (!parsed) return false;
    const meta = { ip: request.ip ?? null, userAgent: null, requestId: null };
    const key = await this.contexts.runSeparately(lookupPrincipal(parsed.tenantId), meta, async (ctx) => {
      const row = await this.keys.findForSignIn(ctx, parsed.keyId);
      if (!row || !safeEqual(row.secret_hash, parsed.hash)) return null;
      if (row.revoked_at || (row.expires_at && row.expires_at.getTime() <= Date.now())) return null;
      // A key bound to an archived client stops working with its portal (and works again when it is restored).
      if (row.client_archived) return null;
      await this.keys.touch(ctx, row.id);
      return row;
    });
    if (!key) return false;
    await this.limits.checkKey(key.id);
    return {
      actor: { type: 'API_KEY', id: key.id, label: key.name },
      userId: null,
      tenantId: parsed.tenantId,
      role: 'DPO',
      clientId: key.client_id,
      scopes: key.scopes,
    };
  }
}
