import { Injectable } from '@nestjs/common';
import { roleAllows, scopesAllow, type AccessLevel, type Area } from '@klarsicht/shared';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { forbidden, notFound, unauthenticated } from '../errors';

type ClientOwned = ObjectLiteral & { id: string; clientId: string | null };

/**
 * The one place that decides who may do what. Service methods call it first; deny by default.
 * "Not yours" and "does not exist" give the same NOT_FOUND, whatever the reason.
 */
@Injectable()
export class AccessService {
  /** Role (users) or scope (API keys) permits `level` on `area`, independent of any record. */
  can(ctx: RequestContext, area: Area, level: AccessLevel): boolean {
    const { role, scopes, tenantId } = ctx.principal;
    if (!tenantId || !role) return false;
    if (scopes)
      return scopesAllow(scopes, area, level) && roleAllows(role, area, level === 'delete' ? 'write' : level);
    return roleAllows(role, area, level);
  }

  require(ctx: RequestContext, area: Area, level: AccessLevel): void {
    if (!ctx.isAuthenticated) throw unauthenticated();
    if (!this.can(ctx, area, level)) throw forbidden();
  }

  /** Firm-level operations (settings, members): never for client-bound principals. */
  requireFirm(ctx: RequestContext, area: Area, level: AccessLevel): void {
    this.require(ctx, area, level);
    if (ctx.clientScope) throw forbidden();
  }

  /** Throws NOT_FOUND unless every id is a client visible to the caller. */
  async requireClients(
    ctx: RequestContext,
    area: Area,
    level: AccessLevel,
    clientIds: readonly string[],
  ): Promise<void> {
    this.require(ctx, area, level);
    const ids = [...new Set(clientIds)];
    if (ids.length === 0) return;
    if (!ids.every(isUuid)) throw notFound();
    if (ctx.clientScope && ids.some((id) => id !== ctx.clientScope)) throw notFound();
    const rows = await ctx.query<{ id: string }>('SELECT id FROM client WHERE id = ANY($1::uuid[])', [ids]);
    if (rows.length !== ids.length) throw notFound();
  }

  /** Loads a client-owned record the caller may see, or throws NOT_FOUND. */
  async requireRecord<T extends ClientOwned>(
    ctx: RequestContext,
    area: Area,
    level: AccessLevel,
    target: EntityTarget<T>,
    id: string,
  ): Promise<T> {
    this.require(ctx, area, level);
    if (!isUuid(id)) throw notFound();
    const repo = await ctx.repo(target);
    const record = await repo.findOne({ where: { id } as never });
    if (!record) throw notFound();
    if (ctx.clientScope && record.clientId !== ctx.clientScope) throw notFound();
    return record;
  }

  /** The client filter a list query must apply: the caller's bound client, or none for firm staff. */
  clientFilter(ctx: RequestContext): string | null {
    return ctx.clientScope;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
