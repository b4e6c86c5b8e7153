import { Inject, Injectable } from '@nestjs/common';
import {
  AccessService,
  APP_CONFIG,
  APP_SECRETS,
  badInput,
  blindIndex,
  conflict,
  decrypt,
  encrypt,
  isUuid,
  newId,
  notFound,
  publicBaseUrl,
  secureRandomBytes,
  type AppConfig,
  type AppSecrets,
  type RequestContext,
} from '@klarsicht/api-core';
import { CONSENT_PURPOSES, maskPhone, normalizePhone } from '@klarsicht/api-consent';
import type { CreateMessagingChannelInput, MessagingKeywordsInput } from '../dto/messaging.inputs';
import type {
  MessagingChannelModel,
  MessagingChannelSecretModel,
  MessagingDeliveryModel,
} from '../models/messaging.models';
import { MessagingDeliveryRepository } from '../webhook/messaging-delivery.repository';
import {
  DEFAULT_CONFIRM_KEYWORDS,
  DEFAULT_OPT_OUT_KEYWORDS,
  normalizeKeyword,
} from '../webhook/webhook-payload.util';
import { MessagingChannelRepository, type ChannelRow } from './messaging-channel.repository';

const generated = (): string => secureRandomBytes(32).toString('base64url');
const keywords = (words: readonly string[]): string[] => [...new Set(words.map(normalizeKeyword))];

/** A client's messaging channels: created with sealed secrets, listed, rotated with a grace period. */
@Injectable()
export class MessagingChannelsService {
  constructor(
    private readonly access: AccessService,
    private readonly channels: MessagingChannelRepository,
    private readonly deliveries: MessagingDeliveryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
  ) {}

  async create(
    ctx: RequestContext,
    input: CreateMessagingChannelInput,
  ): Promise<MessagingChannelSecretModel> {
    await this.access.requireClients(ctx, 'clients', 'write', [input.clientId]);
    const e164 = normalizePhone(input.phoneNumber);
    if (!e164) throw badInput({ phoneNumber: 'Not a valid phone number' });
    if (input.bspId && !(isUuid(input.bspId) && (await this.channels.bspExists(ctx, input.bspId))))
      throw badInput({ bspId: 'No such provider' });
    const secret = input.secret ?? generated();
    const verifyToken = input.provider === 'META_CLOUD_API' ? generated() : null;
    const id = newId();
    const inserted = await this.channels.insert(ctx, {
      id,
      clientId: input.clientId,
      provider: input.provider,
      phoneIndex: blindIndex(this.secrets.blindIndexKey, `messaging:${input.clientId}:${e164}`),
      sealedPhone: encrypt(this.secrets.encryptionKey, e164),
      masked: maskPhone(e164),
      bspId: input.bspId ?? null,
      sealedSecret: encrypt(this.secrets.encryptionKey, secret),
      sealedVerifyToken: verifyToken ? encrypt(this.secrets.encryptionKey, verifyToken) : null,
      ...this.keywordValues(input),
    });
    if (!inserted) throw conflict('This client has a channel for this number already');
    const channel = await this.channels.find(ctx, id);
    if (!channel) throw notFound();
    ctx.audit({
      action: 'messaging_channel.created',
      entityType: 'messaging_channel',
      entityId: id,
      clientId: input.clientId,
      changes: { provider: { after: input.provider }, bspId: { after: channel.bsp_id } },
    });
    return { channel: this.toModel(channel), secret, verifyToken };
  }

  async list(ctx: RequestContext, clientId: string): Promise<MessagingChannelModel[]> {
    await this.access.requireClients(ctx, 'clients', 'read', [clientId]);
    return (await this.channels.ofClient(ctx, clientId)).map((c) => this.toModel(c));
  }

  /** A new secret (given, or generated); the old one is still accepted for MESSAGING_SECRET_GRACE_HOURS. */
  async rotate(
    ctx: RequestContext,
    id: string,
    given: string | null | undefined,
  ): Promise<MessagingChannelSecretModel> {
    const channel = await this.writable(ctx, id);
    const secret = given ?? generated();
    const verifyToken = channel.provider === 'META_CLOUD_API' ? generated() : null;
    const now = new Date();
    const graceUntil = new Date(now.getTime() + this.config.MESSAGING_SECRET_GRACE_HOURS * 3_600_000);
    const rotated = await this.channels.rotate(
      ctx,
      id,
      encrypt(this.secrets.encryptionKey, secret),
      verifyToken ? encrypt(this.secrets.encryptionKey, verifyToken) : null,
      now,
      graceUntil,
    );
    ctx.audit({
      action: 'messaging_channel.secret_rotated',
      entityType: 'messaging_channel',
      entityId: id,
      clientId: channel.client_id,
      changes: { previousSecretValidUntil: graceUntil },
    });
    return { channel: this.toModel(rotated), secret, verifyToken };
  }

  async updateKeywords(
    ctx: RequestContext,
    id: string,
    input: MessagingKeywordsInput,
  ): Promise<MessagingChannelModel> {
    const channel = await this.writable(ctx, id);
    const values = this.keywordValues({
      optOutKeywords: input.optOutKeywords ?? channel.opt_out_keywords,
      optOutPurposes: input.optOutPurposes ?? channel.opt_out_purposes,
      confirmKeywords: input.confirmKeywords ?? channel.confirm_keywords,
    });
    const updated = await this.channels.setKeywords(ctx, id, values);
    ctx.audit({
      action: 'messaging_channel.updated',
      entityType: 'messaging_channel',
      entityId: id,
      clientId: channel.client_id,
      changes: {
        optOutKeywords: { before: channel.opt_out_keywords, after: values.optOutKeywords },
        optOutPurposes: { before: channel.opt_out_purposes, after: values.optOutPurposes },
        confirmKeywords: { before: channel.confirm_keywords, after: values.confirmKeywords },
      },
    });
    return this.toModel(updated);
  }

  /** The delivery log (time, kind, outcome) of a channel the caller may read. */
  async deliveriesOf(
    ctx: RequestContext,
    channel: MessagingChannelModel,
    first: number,
  ): Promise<MessagingDeliveryModel[]> {
    await this.access.requireClients(ctx, 'clients', 'read', [channel.clientId]);
    const rows = await this.deliveries.latest(ctx, channel.id, Math.min(Math.max(first, 1), 200));
    return rows.map((r) => ({ id: r.id, receivedAt: r.received_at, kind: r.kind, outcome: r.outcome }));
  }

  /** The channel's current secret and, within its grace period, the previous one. */
  signingSecrets(channel: ChannelRow, now: Date): string[] {
    const open = (sealed: Buffer): string => decrypt(this.secrets.encryptionKey, sealed);
    const previous =
      channel.previous_secret_encrypted &&
      channel.previous_secret_valid_until &&
      channel.previous_secret_valid_until.getTime() > now.getTime()
        ? [open(channel.previous_secret_encrypted)]
        : [];
    return [open(channel.secret_encrypted), ...previous];
  }

  verifyToken(channel: ChannelRow): string | null {
    return channel.verify_token_encrypted
      ? decrypt(this.secrets.encryptionKey, channel.verify_token_encrypted)
      : null;
  }

  webhookUrl(id: string): string {
    return `${publicBaseUrl(this.config)}/hooks/whatsapp/${id}`;
  }

  private async writable(ctx: RequestContext, id: string): Promise<ChannelRow> {
    // Not a uuid, or another firm's: no such channel.
    const channel = isUuid(id) ? await this.channels.find(ctx, id, true) : null;
    if (!channel) throw notFound();
    await this.access.requireClients(ctx, 'clients', 'write', [channel.client_id]);
    return channel;
  }

  private keywordValues(input: MessagingKeywordsInput): {
    optOutKeywords: string[];
    optOutPurposes: (typeof CONSENT_PURPOSES)[number][];
    confirmKeywords: string[];
  } {
    return {
      optOutKeywords: keywords(input.optOutKeywords ?? DEFAULT_OPT_OUT_KEYWORDS),
      optOutPurposes: [...new Set(input.optOutPurposes?.length ? input.optOutPurposes : CONSENT_PURPOSES)],
      confirmKeywords: keywords(input.confirmKeywords ?? DEFAULT_CONFIRM_KEYWORDS),
    };
  }

  private toModel(c: ChannelRow): MessagingChannelModel {
    return {
      id: c.id,
      clientId: c.client_id,
      provider: c.provider,
      maskedPhoneNumber: c.phone_masked,
      bspId: c.bsp_id,
      webhookUrl: this.webhookUrl(c.id),
      optOutKeywords: c.opt_out_keywords,
      optOutPurposes: c.opt_out_purposes,
      confirmKeywords: c.confirm_keywords,
      secretRotatedAt: c.secret_rotated_at,
      previousSecretValidUntil: c.previous_secret_valid_until,
      createdAt: c.created_at,
    };
  }
}
