import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { ConsentConfirmVia, ConsentPurpose, ConsentSource } from '../consent.enums';

export type RequestByToken = {
  id: string;
  client_id: string;
  subject_id: string;
  text_version_id: string;
  purposes: ConsentPurpose[];
  source: ConsentSource;
  form_url: string | null;
  expires_at: Date;
  confirmed_at: Date | null;
  created_at: Date;
  client_name: string;
  language: string;
  title: string;
  body: string;
  sha256: string;
  phone_masked: string | null;
  data_key_encrypted: Buffer | null;
  erased_at: Date | null;
};

export type NewConsentRequest = {
  id: string;
  clientId: string;
  subjectId: string;
  textVersionId: string;
  purposes: readonly ConsentPurpose[];
  source: ConsentSource;
  formUrl: string | null;
  tokenHash: string | null;
  withdrawTokenHash: string;
  expiresAt: Date;
  confirmVia: ConsentConfirmVia;
};

const BY_TOKEN_SQL = `SELECT q.id, q.client_id, q.subject_id, q.text_version_id, q.purposes, q.source, q.form_url, q.expires_at, q.confirmed_at, q.created_at,
              c.name AS client_name, t.language, t.title, t.body, t.sha256, s.phone_masked, s.data_key_encrypted, s.erased_at
         FROM consent_request q
         JOIN client c ON c.id = q.client_id
         JOIN consent_text t ON t.id = q.text_version_id
         JOIN consent_subject s ON s.id = q.subject_id`;

/** Double opt-in requests, found by the hash of their confirmation or withdrawal token. */
@Injectable()
export class ConsentRequestRepository {
  async insert(ctx: RequestContext, r: NewConsentRequest): Promise<void> {
    await ctx.query(
      `INSERT INTO consent_request (id, tenant_id, client_id, subject_id, text_version_id, purposes, source, form_url, token_hash, withdraw_token_hash, expires_at, confirm_via)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        r.id,
        ctx.tenantId,
        r.clientId,
        r.subjectId,
        r.textVersionId,
        r.purposes,
        r.source,
        r.formUrl,
        r.tokenHash,
        r.withdrawTokenHash,
        r.expiresAt,
        r.confirmVia,
      ],
    );
  }

  /** The request with its client's name, its text and its subject; locked for a change when asked. */
  async findByToken(
    ctx: RequestContext,
    column: 'token_hash' | 'withdraw_token_hash',
    hash: string,
    lock: boolean,
  ): Promise<RequestByToken | null> {
    const rows = await ctx.query<RequestByToken>(
      `${BY_TOKEN_SQL} WHERE q.${column} = $1${lock ? ' FOR UPDATE OF q' : ''}`,
      [hash],
    );
    return rows[0] ?? null;
  }

  /** The subject's open WHATSAPP_REPLY requests still within their validity, oldest first, locked. */
  pendingReplies(ctx: RequestContext, subjectId: string, now: Date): Promise<RequestByToken[]> {
    return ctx.query<RequestByToken>(
      `${BY_TOKEN_SQL} WHERE q.subject_id = $1 AND q.confirm_via = 'WHATSAPP_REPLY' AND q.confirmed_at IS NULL AND q.expires_at > $2
        ORDER BY q.created_at, q.id FOR UPDATE OF q`,
      [subjectId, now],
    );
  }

  async markConfirmed(ctx: RequestContext, id: string, at: Date): Promise<void> {
    await ctx.query(`UPDATE consent_request SET confirmed_at = $2 WHERE id = $1`, [id, at]);
  }

  /** The subject's links stop working (erasure). */
  async revokeTokens(ctx: RequestContext, subjectId: string): Promise<void> {
    await ctx.query(
      `UPDATE consent_request SET token_hash = NULL, withdraw_token_hash = NULL WHERE subject_id = $1`,
      [subjectId],
    );
  }
}
