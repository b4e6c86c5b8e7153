import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type {
  HostingRegion,
  ProcessingRecord,
  TransferMechanism,
  Variant,
} from '@klarsicht/compliance-rules';
import type { TemplateAccount } from './builtin-templates';
import type { TemplateLanguage } from './processing.enums';

export type TemplateRow = { id: string; name: string; language: TemplateLanguage; record: ProcessingRecord };

/** The firm's own templates, and what the built-in ones read of the clients' WhatsApp accounts. */
@Injectable()
export class ProcessingTemplateRepository {
  async list(ctx: RequestContext): Promise<TemplateRow[]> {
    return ctx.query<TemplateRow>(
      `SELECT id, name, language, record FROM processing_template WHERE tenant_id = $1 ORDER BY name, id`,
      [ctx.tenantId],
    );
  }

  async find(ctx: RequestContext, id: string): Promise<TemplateRow | null> {
    const [row] = await ctx.query<TemplateRow>(
      `SELECT id, name, language, record FROM processing_template WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async insert(
    ctx: RequestContext,
    values: { name: string; language: TemplateLanguage; record: ProcessingRecord },
  ): Promise<string> {
    const id = newId();
    await ctx.query(
      `INSERT INTO processing_template (id, tenant_id, name, language, record, created_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
      [id, ctx.tenantId, values.name, values.language, JSON.stringify(values.record), ctx.principal.userId],
    );
    return id;
  }

  /** The WhatsApp accounts of the clients with their BSPs, in creation order. */
  async accountsOf(
    ctx: RequestContext,
    clientIds: readonly string[],
  ): Promise<Map<string, TemplateAccount[]>> {
    const rows = await ctx.query<{
      client_id: string;
      variant: Variant;
      bsp_id: string | null;
      bsp_name: string | null;
      hosting_region: HostingRegion | null;
      transfer_mechanism: TransferMechanism | null;
    }>(
      `SELECT a.client_id, a.variant, b.id AS bsp_id, b.name AS bsp_name, b.hosting_region, b.transfer_mechanism
         FROM whatsapp_account a LEFT JOIN bsp b ON b.tenant_id = a.tenant_id AND b.id = a.bsp_id
        WHERE a.client_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
      [clientIds],
    );
    const map = new Map<string, TemplateAccount[]>();
    for (const r of rows) {
      const account: TemplateAccount = {
        variant: r.variant,
        bsp:
          r.bsp_id && r.bsp_name && r.hosting_region && r.transfer_mechanism
            ? {
                id: r.bsp_id,
                name: r.bsp_name,
                hostingRegion: r.hosting_region,
                transferMechanism: r.transfer_mechanism,
              }
            : null,
      };
      map.set(r.client_id, [...(map.get(r.client_id) ?? []), account]);
    }
    return map;
  }
}
