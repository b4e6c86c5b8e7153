import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';

export type SubjectRow = {
  id: string;
  client_id: string;
  phone_masked: string | null;
  phone_encrypted: Buffer | null;
  data_key_encrypted: Buffer | null;
  legal_hold_reason: string | null;
  legal_hold_at: Date | null;
  erased_at: Date | null;
};

const COLUMNS =
  'id, client_id, phone_masked, phone_encrypted, data_key_encrypted, legal_hold_reason, legal_hold_at, erased_at';

/** People (phone numbers) known to a client, found by their blind index only. */
@Injectable()
export class ConsentSubjectRepository {
  async findByIndex(
    ctx: RequestContext,
    clientId: string,
    phoneIndex: string,
    lock = false,
  ): Promise<SubjectRow | null> {
    const rows = await ctx.query<SubjectRow>(
      `SELECT ${COLUMNS} FROM consent_subject WHERE client_id = $1 AND phone_index = $2${lock ? ' FOR UPDATE' : ''}`,
      [clientId, phoneIndex],
    );
    return rows[0] ?? null;
  }

  /** Inserts the subject unless the number is known already (a concurrent request may have inserted it). */
  async insertIfAbsent(
    ctx: RequestContext,
    clientId: string,
    values: { phoneIndex: string; sealedPhone: Buffer; masked: string; sealedKey: Buffer },
  ): Promise<void> {
    await ctx.query(
      `INSERT INTO consent_subject (id, tenant_id, client_id, phone_index, phone_encrypted, phone_masked, data_key_encrypted)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tenant_id, client_id, phone_index) DO NOTHING`,
      [
        newId(),
        ctx.tenantId,
        clientId,
        values.phoneIndex,
        values.sealedPhone,
        values.masked,
        values.sealedKey,
      ],
    );
  }

  /** Identifiers and the data key go; records and events stay, pseudonymous. */
  async erase(ctx: RequestContext, subjectId: string, at: Date): Promise<void> {
    await ctx.query(
      `UPDATE consent_subject SET phone_index = NULL, phone_encrypted = NULL, phone_masked = NULL, data_key_encrypted = NULL, erased_at = $2 WHERE id = $1`,
      [subjectId, at],
    );
  }

  async setLegalHold(
    ctx: RequestContext,
    subjectId: string,
    reason: string | null,
    at: Date | null,
  ): Promise<void> {
    await ctx.query(`UPDATE consent_subject SET legal_hold_reason = $2, legal_hold_at = $3 WHERE id = $1`, [
      subjectId,
      reason,
      at,
    ]);
  }
}
