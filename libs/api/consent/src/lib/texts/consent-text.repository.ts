import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { RequestContext } from '@klarsicht/api-core';
import type { ConsentPurpose } from '../consent.enums';
import { ConsentText } from '../consent.entities';

/** Published consent texts: insert and read only (the runtime role may not change them). */
@Injectable()
export class ConsentTextRepository {
  async nextVersion(ctx: RequestContext, clientId: string): Promise<number> {
    const [{ next }] = await ctx.query<{ next: number }>(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM consent_text WHERE client_id = $1`,
      [clientId],
    );
    return next;
  }

  /** Inserts a new version; a concurrent publisher of the same version makes it fail with a unique violation. */
  async insert(
    ctx: RequestContext,
    values: Pick<
      ConsentText,
      | 'clientId'
      | 'version'
      | 'language'
      | 'purposes'
      | 'title'
      | 'body'
      | 'sha256'
      | 'publishedBy'
      | 'findings'
      | 'readabilityScore'
    >,
  ): Promise<ConsentText> {
    const repo = await ctx.repo(ConsentText);
    const text = repo.create({ ...values, tenantId: ctx.tenantId });
    await repo.insert(text);
    return text;
  }

  /** The controller a consent text must name: the client's name (null for an unknown client). */
  async clientName(ctx: RequestContext, clientId: string): Promise<string | null> {
    const [row] = await ctx.query<{ name: string }>(`SELECT name FROM client WHERE id = $1`, [clientId]);
    return row?.name ?? null;
  }

  async ofClient(ctx: RequestContext, clientId: string): Promise<ConsentText[]> {
    return (await ctx.repo(ConsentText)).find({ where: { clientId }, order: { version: 'DESC' } });
  }

  async find(ctx: RequestContext, id: string, clientId?: string): Promise<ConsentText | null> {
    return (await ctx.repo(ConsentText)).findOne({ where: clientId ? { id, clientId } : { id } });
  }

  async findMany(ctx: RequestContext, ids: readonly string[]): Promise<ConsentText[]> {
    if (ids.length === 0) return [];
    return (await ctx.repo(ConsentText)).find({ where: { id: In([...ids]) }, order: { version: 'ASC' } });
  }

  /** What an import checks rows against: each version's id, hash and purposes. */
  summaries(
    ctx: RequestContext,
    clientId: string,
  ): Promise<{ id: string; sha256: string; purposes: ConsentPurpose[] }[]> {
    return ctx.query(`SELECT id, sha256, purposes FROM consent_text WHERE client_id = $1`, [clientId]);
  }
}
