import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';

/** Password reset links: only their SHA-256 is stored; a link is valid for 60 minutes and works once. */
@Injectable()
export class PasswordResetRepository {
  async insert(ctx: RequestContext, userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await ctx.query(
      `INSERT INTO password_reset (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [newId(), userId, tokenHash, expiresAt],
    );
  }

  /** Reset links issued to the user since `since` (the per-account throttle). */
  async issuedSince(ctx: RequestContext, userId: string, since: Date): Promise<number> {
    const [row] = await ctx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM password_reset WHERE user_id = $1 AND created_at >= $2`,
      [userId, since],
    );
    return row?.n ?? 0;
  }

  /**
   * Uses the link if it is unused and unexpired, and every other open link of the same user with it; the user it
   * belongs to, or null. Locked: two requests with the same link cannot both use it.
   */
  async use(ctx: RequestContext, tokenHash: string): Promise<string | null> {
    const [row] = await ctx.query<{ userId: string }>(
      `WITH link AS (
         SELECT user_id FROM password_reset WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE),
       used AS (
         UPDATE password_reset SET used_at = now()
          WHERE user_id IN (SELECT user_id FROM link) AND used_at IS NULL RETURNING user_id)
       SELECT DISTINCT user_id AS "userId" FROM used`,
      [tokenHash],
    );
    return row?.userId ?? null;
  }
}
