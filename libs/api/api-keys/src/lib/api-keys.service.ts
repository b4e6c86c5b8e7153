import { Injectable } from '@nestjs/common';
import { AccessService, badInput, isUuid, newId, notFound, type RequestContext } from '@klarsicht/api-core';
import type { ApiKey } from './api-key.entity';
import { ApiKeysRepository } from './api-keys.repository';
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
  constructor(
    private readonly access: AccessService,
    private readonly keys: ApiKeysRepository,
  ) {}

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    this.access.requireFirm(ctx, 'settings', 'write');
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
      throw badInput({ expiresAt: 'Must be in the future' });
    if (input.clientId) await this.access.requireClients(ctx, 'clients', 'read', [input.clientId]);
    const id = newId();
    const { key, hash, hint } = generateApiKey(ctx.tenantId, id);
    const scopes = [...new Set(input.scopes)].sort();
    const apiKey = await this.keys.insert(ctx, {
      id,
      name: input.name.trim(),
      prefix: hint,
      secretHash: hash,
      scopes,
      clientId: input.clientId ?? null,
      expiresAt: input.expiresAt ?? null,
      createdBy: ctx.principal.userId,
    });
    ctx.audit({
      action: 'api_key.created',
      entityType: 'api_key',
      entityId: apiKey.id,
      clientId: apiKey.clientId,
      changes: {
        name: { after: apiKey.name },
        scopes: { after: scopes },
        clientId: { after: apiKey.clientId },
        expiresAt: { after: apiKey.expiresAt },
      },
    });
    return { apiKey: toApiKeyModel(apiKey), secret: key };
  }

  async list(ctx: RequestContext): Promise<ApiKeyModel[]> {
    this.access.requireFirm(ctx, 'settings', 'read');
    return (await this.keys.list(ctx)).map((key) => toApiKeyModel(key));
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKeyModel> {
    this.access.requireFirm(ctx, 'settings', 'write');
    if (!isUuid(id)) throw notFound();
    const key = await this.keys.findForUpdate(ctx, id);
    if (!key) throw notFound();
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.keys.revoke(ctx, id, key.revokedAt);
      ctx.audit({
        action: 'api_key.revoked',
        entityType: 'api_key',
        entityId: key.id,
        clientId: key.clientId,
        changes: { revokedAt: { after: key.revokedAt } },
      });
    }
    return toApiKeyModel(key);
  }
}
