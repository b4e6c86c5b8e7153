import { Injectable } from '@nestjs/common';
import { AccessService, badInput, isUuid, newId, notFound, type RequestContext } from '@klarsicht/api-core';
import type { ApiScope } from '@klarsicht/shared';
import { ApiKey } from './api-key.entity';
import { generateApiKey } from './api-key-format.util';
import type { CreateApiKeyInput } from './dto/create-api-key.input';
import type { ApiKeyModel, CreatedApiKey } from './models/api-key.model';

export const toApiKeyModel = (key: ApiKey, now = new Date()): ApiKeyModel => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  clientId: key.clientId,
  expiresAt: key.expiresAt,
  revokedAt: key.revokedAt,
  lastUsedAt: key.lastUsedAt,
  createdAt: key.createdAt,
  createdBy: key.createdBy,
  active: key.revokedAt === null && (key.expiresAt === null || key.expiresAt > now),
});

/** Managing keys is a firm setting (OWNER, DPO); keys themselves never hold the settings scope. */
@Injectable()
export class ApiKeysService {
  constructor(private readonly access: AccessService) {}

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    this.access.requireFirm(ctx, 'settings', 'write');
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badInput({ expiresAt: 'Must be in the future' });
    if (input.clientId) await this.access.requireClients(ctx, 'clients', 'read', [input.clientId]);
    const repo = await ctx.repo(ApiKey);
    const id = newId();
    const { key, hash, hint } = generateApiKey(ctx.tenantId, id);
    const scopes = [...new Set(input.scopes)].sort() as ApiScope[];
    const apiKey = repo.create({
      id,
      tenantId: ctx.tenantId,
      name: input.name.trim(),
      prefix: hint,
      secretHash: hash,
      scopes,
      clientId: input.clientId ?? null,
      expiresAt: input.expiresAt ?? null,
      revokedAt: null,
      lastUsedAt: null,
      createdBy: ctx.principal.userId,
    });
    await repo.insert(apiKey);
    ctx.audit({
      action: 'api_key.created',
      entityType: 'api_key',
      entityId: apiKey.id,
      clientId: apiKey.clientId,
      changes: { name: { after: apiKey.name }, scopes: { after: scopes }, clientId: { after: apiKey.clientId }, expiresAt: { after: apiKey.expiresAt } },
    });
    return { apiKey: toApiKeyModel(apiKey), secret: key };
  }

  async list(ctx: RequestContext): Promise<ApiKeyModel[]> {
    this.access.requireFirm(ctx, 'settings', 'read');
    const keys = await (await ctx.repo(ApiKey)).find({ order: { createdAt: 'DESC', id: 'DESC' } });
    return keys.map((key) => toApiKeyModel(key));
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKeyModel> {
    this.access.requireFirm(ctx, 'settings', 'write');
    if (!isUuid(id)) throw notFound();
    const repo = await ctx.repo(ApiKey);
    const key = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!key) throw notFound();
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await repo.update({ id }, { revokedAt: key.revokedAt });
      ctx.audit({ action: 'api_key.revoked', entityType: 'api_key', entityId: key.id, clientId: key.clientId, changes: { revokedAt: { after: key.revokedAt } } });
    }
    return toApiKeyModel(key);
  }
}
