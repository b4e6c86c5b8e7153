import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type { DeliveryKind, DeliveryOutcome } from '../messaging.enums';

export type DeliveryRow = {
  id: string;
  provider_message_id: string;
  kind: DeliveryKind;
  outcome: DeliveryOutcome;
  received_at: Date;
};

/** One row per channel and provider message id: kind and outcome only (no number, no text). */
@Injectable()
export class MessagingDeliveryRepository {
  /**
   * Claims a provider message id for this channel; false when it was delivered before (a retry). A concurrent
   * delivery of the same id waits on the unique key until the first one commits, then also gets false.
   */
  async claim(
    ctx: RequestContext,
    values: { clientId: string; channelId: string; messageId: string; kind: DeliveryKind },
  ): Promise<string | null> {
    const rows = await ctx.query<{ id: string }>(
      `INSERT INTO messaging_delivery (id, tenant_id, client_id, channel_id, provider_message_id, kind, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, 'IGNORED')
       ON CONFLICT (tenant_id, channel_id, provider_message_id) DO NOTHING RETURNING id`,
      [newId(), ctx.tenantId, values.clientId, values.channelId, values.messageId, values.kind],
    );
    return rows[0]?.id ?? null;
  }

  async setOutcome(ctx: RequestContext, id: string, outcome: DeliveryOutcome): Promise<void> {
    await ctx.query(`UPDATE messaging_delivery SET outcome = $2 WHERE id = $1`, [id, outcome]);
  }

  /** The newest deliveries of a channel. */
  latest(ctx: RequestContext, channelId: string, limit: number): Promise<DeliveryRow[]> {
    return ctx.query<DeliveryRow>(
      `SELECT id, provider_message_id, kind, outcome, received_at FROM messaging_delivery
        WHERE channel_id = $1 ORDER BY received_at DESC, id DESC LIMIT $2`,
      [channelId, limit],
    );
  }
}
