import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';

/** The little a report needs beyond the features' services: the firm's name and the names of people. */
@Injectable()
export class ReportsRepository {
  async firmName(ctx: RequestContext): Promise<string> {
    const [row] = await ctx.query<{ name: string }>('SELECT name FROM tenant WHERE id = $1', [ctx.tenantId]);
    return row?.name ?? '';
  }

  /** Display names of the firm's members (past members keep theirs), by id. */
  async userNames(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await ctx.query<{ id: string; name: string }>(
      `SELECT u.id, u.name FROM app_user u
        WHERE u.id = ANY($2::uuid[]) AND EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.tenant_id = $1)`,
      [ctx.tenantId, [...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
