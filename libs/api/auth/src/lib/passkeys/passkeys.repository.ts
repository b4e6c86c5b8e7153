import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';

export type Passkey = {
  id: string;
  userId: string;
  credentialId: string;
  publicKey: Buffer;
  counter: number;
  transports: string[];
  deviceType: string;
  backedUp: boolean;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

export type NewPasskey = Pick<
  Passkey,
  'userId' | 'credentialId' | 'publicKey' | 'counter' | 'transports' | 'deviceType' | 'backedUp' | 'name'
>;

export type ChallengePurpose = 'registration' | 'authentication';

const SELECT = `SELECT id, user_id AS "userId", credential_id AS "credentialId", public_key AS "publicKey",
  counter::float8 AS counter, transports, device_type AS "deviceType", backed_up AS "backedUp", name,
  created_at AS "createdAt", last_used_at AS "lastUsedAt" FROM passkey`;

// Statements that change rows and answer them run as `WITH … RETURNING` + SELECT: TypeORM answers a bare
// UPDATE/DELETE … RETURNING as [rows, count].

/**
 * Passkeys (WebAuthn credentials) and the challenges handed out for them. Global identity tables without
 * row-level security: every statement names the user or the credential it is about.
 */
@Injectable()
export class PasskeysRepository {
  /** The user's passkeys, newest first. */
  async ofUser(ctx: RequestContext, userId: string): Promise<Passkey[]> {
    return ctx.query<Passkey>(`${SELECT} WHERE user_id = $1 ORDER BY created_at DESC, id DESC`, [userId]);
  }

  async exists(ctx: RequestContext, userId: string): Promise<boolean> {
    const [row] = await ctx.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM passkey WHERE user_id = $1) AS found`,
      [userId],
    );
    return row?.found ?? false;
  }

  async byCredentialId(ctx: RequestContext, credentialId: string): Promise<Passkey | null> {
    const [row] = await ctx.query<Passkey>(`${SELECT} WHERE credential_id = $1`, [credentialId]);
    return row ?? null;
  }

  async insert(ctx: RequestContext, values: NewPasskey): Promise<Passkey> {
    const [row] = await ctx.query<Passkey>(
      `WITH added AS (
         INSERT INTO passkey (id, user_id, credential_id, public_key, counter, transports, device_type, backed_up, name)
         VALUES (uuid_generate_v7(), $1, $2, $3, $4, $5::text[], $6, $7, $8) RETURNING *)
       ${SELECT.replace('FROM passkey', 'FROM added')}`,
      [
        values.userId,
        values.credentialId,
        values.publicKey,
        values.counter,
        values.transports,
        values.deviceType,
        values.backedUp,
        values.name,
      ],
    );
    if (!row) throw new Error('The passkey was not stored');
    return row;
  }

  /** Deletes the user's passkey; its name, or null when the user has no passkey with this id. */
  async remove(ctx: RequestContext, userId: string, id: string): Promise<string | null> {
    const [row] = await ctx.query<{ name: string }>(
      `WITH removed AS (DELETE FROM passkey WHERE id = $1 AND user_id = $2 RETURNING name) SELECT name FROM removed`,
      [id, userId],
    );
    return row?.name ?? null;
  }

  /**
   * Records a sign-in with the authenticator's new signature counter. Only a counter that grows (or stays 0, for
   * authenticators without one) is accepted, also against a concurrent sign-in: whether it was.
   */
  async recordUse(ctx: RequestContext, id: string, previous: number, counter: number): Promise<boolean> {
    const rows = await ctx.query<{ id: string }>(
      `WITH used AS (
         UPDATE passkey SET counter = $3, last_used_at = now()
         WHERE id = $1 AND counter = $2 AND ($3 > counter OR ($3 = 0 AND counter = 0)) RETURNING id)
       SELECT id FROM used`,
      [id, previous, counter],
    );
    return rows.length === 1;
  }

  /** Stores a challenge handed out with options; expired challenges are cleared on the way. */
  async insertChallenge(
    ctx: RequestContext,
    values: { challenge: string; purpose: ChallengePurpose; userId: string | null; expiresAt: Date },
  ): Promise<void> {
    await ctx.query(`DELETE FROM webauthn_challenge WHERE expires_at < now()`);
    await ctx.query(
      `INSERT INTO webauthn_challenge (challenge, purpose, user_id, expires_at) VALUES ($1, $2, $3, $4)`,
      [values.challenge, values.purpose, values.userId, values.expiresAt],
    );
  }

  /** Deletes the challenge (it works once); what it was issued for, or null when unknown, used or expired. */
  async takeChallenge(
    ctx: RequestContext,
    challenge: string,
    purpose: ChallengePurpose,
  ): Promise<{ userId: string | null } | null> {
    const [row] = await ctx.query<{ userId: string | null; live: boolean }>(
      `WITH taken AS (
         DELETE FROM webauthn_challenge WHERE challenge = $1 AND purpose = $2 RETURNING user_id, expires_at)
       SELECT user_id AS "userId", expires_at > now() AS live FROM taken`,
      [challenge, purpose],
    );
    return row?.live ? { userId: row.userId } : null;
  }
}
