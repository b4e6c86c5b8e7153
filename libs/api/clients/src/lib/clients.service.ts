import { Injectable } from '@nestjs/common';
import { AccessService, decodeCursor, pageSize, toConnection, type ConnectionShape, type RequestContext } from '@klarsicht/api-core';
import { Client } from './client.entity';
import type { ClientModel } from './models/client.model';

export const toClientModel = (client: Client): ClientModel => ({
  id: client.id,
  name: client.name,
  archived: client.archivedAt !== null,
  createdAt: client.createdAt,
});

@Injectable()
export class ClientsService {
  constructor(private readonly access: AccessService) {}

  async create(ctx: RequestContext, input: { name: string }): Promise<ClientModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    const repo = await ctx.repo(Client);
    const client = repo.create({ tenantId: ctx.tenantId, name: input.name.trim(), archivedAt: null });
    await repo.insert(client);
    ctx.audit({ action: 'client.created', entityType: 'client', entityId: client.id, clientId: client.id, changes: { name: { after: client.name } } });
    return toClientModel(client);
  }

  async get(ctx: RequestContext, id: string): Promise<ClientModel> {
    return toClientModel(await this.access.requireRecord(ctx, 'clients', 'read', Client, id));
  }

  async list(ctx: RequestContext, args: { first?: number | null; after?: string | null; filter?: { search?: string; archived?: boolean } | null }): Promise<ConnectionShape<ClientModel>> {
    this.access.require(ctx, 'clients', 'read');
    const limit = pageSize(args.first, 5000);
    const cursor = decodeCursor(args.after, 2) as [string, string] | null;
    const where: string[] = ['tenant_id = $1', args.filter?.archived ? 'archived_at IS NOT NULL' : 'archived_at IS NULL'];
    const params: unknown[] = [ctx.tenantId];
    const scope = this.access.clientFilter(ctx);
    if (scope) where.push(`id = $${params.push(scope)}`);
    if (args.filter?.search) where.push(`name ILIKE $${params.push(`%${args.filter.search.replace(/[%_\\]/g, '\\$&')}%`)}`);
    const filtered = where.join(' AND ');
    const [{ count }] = await ctx.query<{ count: string }>(`SELECT count(*) FROM client WHERE ${filtered}`, params);
    const pageWhere = cursor ? `${filtered} AND (name, id) > ($${params.push(cursor[0])}, $${params.push(cursor[1])}::uuid)` : filtered;
    const rows = await ctx.query<{ id: string; name: string; archived_at: Date | null; created_at: Date }>(
      `SELECT id, name, archived_at, created_at FROM client WHERE ${pageWhere} ORDER BY name, id LIMIT ${limit + 1}`,
      params,
    );
    const models = rows.map((r) => ({ id: r.id, name: r.name, archived: r.archived_at !== null, createdAt: r.created_at }));
    return toConnection(models, limit, Number(count), (m) => [m.name, m.id], cursor !== null);
  }
}
