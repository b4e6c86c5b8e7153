import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inSystemScope, type RequestContext } from '@klarsicht/api-core';
import type { ConsentPurpose } from '@klarsicht/api-consent';
import type { MessagingProvider } from '../messaging.enums';

export type ChannelRow = {
  id: string;
  client_id: string;
  provider: MessagingProvider;
  phone_masked: string;
  bsp_id: string | null;
  secret_encrypted: Buffer;
  verify_token_encrypted: Buffer | null;
  previous_secret_encrypted: Buffer | null;
  previous_secret_valid_until: Date | null;
  secret_rotated_at: Date | null;
  opt_out_keywords: string[];
  opt_out_purposes: ConsentPurpose[];
  confirm_keywords: string[];
  created_at: Date;
};

export type NewChannel = {
  id: string;
  clientId: string;
  provider: MessagingProvider;
  phoneIndex: string;
  sealedPhone: Buffer;
  masked: string;
  bspId: string | null;
  sealedSecret: Buffer;
  sealedVerifyToken: Buffer | null;
  optOutKeywords: readonly string[];
  optOutPurposes: readonly ConsentPurpose[];
  confirmKeywords: readonly string[];
};

const COLUMNS = `id, client_id, provider, phone_masked, bsp_id, secret_encrypted, verify_token_encrypted, previous_secret_encrypted,
  previous_secret_valid_until, secret_rotated_at, opt_out_keywords, opt_out_purposes, confirm_keywords, created_at`;

/** A client's messaging channels (raw SQL, no entity); the number only sealed and blind-indexed. */
@Injectable()
export class MessagingChannelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The firm of a channel, read in the system scope: a webhook names nothing but the channel. */
  async tenantOf(id: string): Promise<string | null> {
    return inSystemScope(this.dataSource, async (manager) => {
      const rows: { tenant_id: string }[] = await manager.query(
        `SELECT tenant_id FROM messaging_channel WHERE id = $1`,
        [id],
      );
      return rows[0]?.tenant_id ?? null;
    });
  }

  /** Inserts the channel; false when the client has one for this number already. */
  async insert(ctx: RequestContext, c: NewChannel): Promise<boolean> {
    const rows = await ctx.query<{ id: string }>(
      `INSERT INTO messaging_channel (id, tenant_id, client_id, provider, phone_index, phone_encrypted, phone_masked, bsp_id,
         secret_encrypted, verify_token_encrypted, opt_out_keywords, opt_out_purposes, confirm_keywords)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (tenant_id, client_id, phone_index) DO NOTHING RETURNING id`,
      [
        c.id,
        ctx.tenantId,
        c.clientId,
        c.provider,
        c.phoneIndex,
        c.sealedPhone,
        c.masked,
        c.bspId,
        c.sealedSecret,
        c.sealedVerifyToken,
        c.optOutKeywords,
        c.optOutPurposes,
        c.confirmKeywords,
      ],
    );
    return rows.length === 1;
  }

  async bspExists(ctx: RequestContext, id: string): Promise<boolean> {
    const rows = await ctx.query<{ id: string }>(`SELECT id FROM bsp WHERE id = $1`, [id]);
    return rows.length === 1;
  }

  async find(ctx: RequestContext, id: string, lock = false): Promise<ChannelRow | null> {
    const rows = await ctx.query<ChannelRow>(
      `SELECT ${COLUMNS} FROM messaging_channel WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  ofClient(ctx: RequestContext, clientId: string): Promise<ChannelRow[]> {
    return ctx.query<ChannelRow>(
      `SELECT ${COLUMNS} FROM messaging_channel WHERE client_id = $1 ORDER BY created_at, id`,
      [clientId],
    );
  }

  /** The new secret replaces the current one, which stays valid until `graceUntil`. */
  async rotate(
    ctx: RequestContext,
    id: string,
    sealedSecret: Buffer,
    sealedVerifyToken: Buffer | null,
    at: Date,
    graceUntil: Date,
  ): Promise<ChannelRow> {
    const [row] = await ctx.query<ChannelRow>(
      `WITH rotated AS (
         UPDATE messaging_channel
            SET previous_secret_encrypted = secret_encrypted, previous_secret_valid_until = $5,
                secret_encrypted = $2, verify_token_encrypted = COALESCE($3, verify_token_encrypted),
                secret_rotated_at = $4, updated_at = $4
          WHERE id = $1
          RETURNING ${COLUMNS})
       SELECT * FROM rotated`,
      [id, sealedSecret, sealedVerifyToken, at, graceUntil],
    );
    return row;
  }

  async setKeywords(
    ctx: RequestContext,
    id: string,
    values: {
      optOutKeywords: readonly string[];
      optOutPurposes: readonly ConsentPurpose[];
      confirmKeywords: readonly string[];
    },
  ): Promise<ChannelRow> {
    const [row] = await ctx.query<ChannelRow>(
      `WITH changed AS (
         UPDATE messaging_channel SET opt_out_keywords = $2, opt_out_purposes = $3, confirm_keywords = $4, updated_at = now()
          WHERE id = $1 RETURNING ${COLUMNS})
       SELECT * FROM changed`,
      [id, values.optOutKeywords, values.optOutPurposes, values.confirmKeywords],
    );
    return row;
  }
}
