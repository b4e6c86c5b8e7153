import { Injectable } from '@nestjs/common';
import {
  AppError,
  forbidden,
  isUuid,
  notFound,
  publicPrincipal,
  RequestContextFactory,
  safeEqual,
  unauthenticated,
  type Principal,
  type RequestContext,
} from '@klarsicht/api-core';
import { MessagingChannelsService } from '../channels/messaging-channels.service';
import { MessagingChannelRepository, type ChannelRow } from '../channels/messaging-channel.repository';
import { InboundConsentService } from './inbound-consent.service';
import { MessagingDeliveryRepository } from './messaging-delivery.repository';
import { classify, metaMessages, twilioMessages, type InboundMessage } from './webhook-payload.util';
import { WebhookRateLimit } from './webhook-rate-limit';
import { verifyMetaSignature, verifyTwilioSignature } from './webhook-signature.util';

export type WebhookDelivery = {
  channelId: string;
  rawBody: Buffer;
  /** Path and query as requested: Twilio signs the full URL. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
};

const webhookPrincipal = (tenantId: string, channelId: string): Principal =>
  publicPrincipal(tenantId, { type: 'SYSTEM', id: channelId, label: 'messaging-webhook' });
const header = (headers: WebhookDelivery['headers'], name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The webhook of a messaging channel: signature first (nothing is read from the body before), then one delivery
 * row per provider message id (a retry changes nothing), then the consent event of an opt-out or confirmation
 * keyword. Every answer is the same whether the number is known or not.
 */
@Injectable()
export class MessagingWebhookService {
  constructor(
    private readonly channels: MessagingChannelRepository,
    private readonly deliveries: MessagingDeliveryRepository,
    private readonly setup: MessagingChannelsService,
    private readonly consent: InboundConsentService,
    private readonly limit: WebhookRateLimit,
    private readonly contexts: RequestContextFactory,
  ) {}

  /** Meta's GET check: the challenge back when the verify token is the channel's, 403 otherwise. */
  async verify(
    ctx: RequestContext,
    channelId: string,
    query: Record<string, string | undefined>,
  ): Promise<string> {
    const channel = await this.channelFor(ctx, channelId);
    const expected = channel.provider === 'META_CLOUD_API' ? this.setup.verifyToken(channel) : null;
    const given = query['hub.verify_token'];
    const challenge = query['hub.challenge'];
    if (!expected || query['hub.mode'] !== 'subscribe' || !given || !challenge || !safeEqual(given, expected))
      throw forbidden('Verification failed');
    return challenge;
  }

  async receive(
    ctx: RequestContext,
    delivery: WebhookDelivery,
  ): Promise<{ provider: ChannelRow['provider']; messages: number }> {
    const channel = await this.channelFor(ctx, delivery.channelId);
    const messages = this.verified(channel, delivery);
    if (!messages) {
      await this.limit.consumeRefused(channel.id);
      await this.auditRefused(ctx, channel, delivery);
      throw unauthenticated('Invalid signature');
    }
    await this.limit.consume(channel.id);
    const keywords = { optOut: channel.opt_out_keywords, confirm: channel.confirm_keywords };
    for (const message of messages) {
      const kind = classify(message, keywords);
      const deliveryId = await this.deliveries.claim(ctx, {
        clientId: channel.client_id,
        channelId: channel.id,
        messageId: message.messageId,
        kind,
      });
      if (!deliveryId || kind === 'MESSAGE') continue;
      const outcome = await this.consent.apply(ctx, channel, message, kind);
      await this.deliveries.setOutcome(ctx, deliveryId, outcome);
    }
    return { provider: channel.provider, messages: messages.length };
  }

  /** The messages of a correctly signed body (current secret, or the previous one within its grace), else null. */
  private verified(channel: ChannelRow, delivery: WebhookDelivery): InboundMessage[] | null {
    const secrets = this.setup.signingSecrets(channel, new Date());
    if (channel.provider === 'META_CLOUD_API') {
      const signature = header(delivery.headers, 'x-hub-signature-256');
      if (!secrets.some((secret) => verifyMetaSignature(secret, delivery.rawBody, signature))) return null;
      try {
        return metaMessages(JSON.parse(delivery.rawBody.toString('utf8')));
      } catch {
        throw new AppError('BAD_USER_INPUT', 'The body is not JSON');
      }
    }
    const params = Object.fromEntries(new URLSearchParams(delivery.rawBody.toString('utf8')));
    const queryAt = delivery.url.indexOf('?');
    const url = `${this.setup.webhookUrl(delivery.channelId)}${queryAt >= 0 ? delivery.url.slice(queryAt) : ''}`;
    const signature = header(delivery.headers, 'x-twilio-signature');
    if (!secrets.some((secret) => verifyTwilioSignature(secret, url, params, signature))) return null;
    return twilioMessages(params);
  }

  /** The channel in its firm's scope (the request takes the firm). */
  private async channelFor(ctx: RequestContext, channelId: string): Promise<ChannelRow> {
    const tenantId = isUuid(channelId) ? await this.channels.tenantOf(channelId) : null;
    if (!tenantId) throw notFound();
    await ctx.become(webhookPrincipal(tenantId, channelId));
    const channel = await this.channels.find(ctx, channelId);
    if (!channel) throw notFound();
    return channel;
  }

  /** In a transaction of its own: the request's rolls back with the 401. The body is neither kept nor logged. */
  private async auditRefused(
    ctx: RequestContext,
    channel: ChannelRow,
    delivery: WebhookDelivery,
  ): Promise<void> {
    const signatureHeader =
      channel.provider === 'META_CLOUD_API' ? 'x-hub-signature-256' : 'x-twilio-signature';
    await this.contexts.runSeparately(ctx.principal, ctx.meta, async (own) => {
      own.audit({
        action: 'messaging_webhook.refused',
        entityType: 'messaging_channel',
        entityId: channel.id,
        clientId: channel.client_id,
        changes: {
          reason: header(delivery.headers, signatureHeader) ? 'bad signature' : 'missing signature',
          bytes: delivery.rawBody.length,
        },
      });
    });
  }
}
