import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { ConsentRecordService, ConsentRequestService } from '@klarsicht/api-consent';
import type { ChannelRow } from '../channels/messaging-channel.repository';
import type { DeliveryOutcome } from '../messaging.enums';
import type { InboundMessage } from './webhook-payload.util';

/** What a verified keyword message does to consent: withdraw (opt-out) or confirm a WhatsApp-reply opt-in. */
@Injectable()
export class InboundConsentService {
  constructor(
    private readonly withdrawals: ConsentRecordService,
    private readonly optIns: ConsentRequestService,
  ) {}

  async apply(
    ctx: RequestContext,
    channel: ChannelRow,
    message: InboundMessage,
    kind: 'OPT_OUT' | 'CONFIRMATION',
  ): Promise<DeliveryOutcome> {
    const evidence = {
      provider: channel.provider,
      messageId: message.messageId,
      channelId: channel.id,
      messageAt: message.messageAt,
    };
    if (kind === 'OPT_OUT') {
      const changed = await this.withdrawals.withdrawByMessage(
        ctx,
        channel.client_id,
        message.from,
        channel.opt_out_purposes,
        evidence,
      );
      return changed > 0 ? 'WITHDRAWN' : 'NO_CHANGE';
    }
    const confirmed = await this.optIns.confirmByReply(ctx, channel.client_id, message.from, evidence);
    return confirmed > 0 ? 'CONFIRMED' : 'NO_CHANGE';
  }
}
