import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';

export type MemberSecondFactors = {
  membershipId: string;
  userId: string;
  role: string;
  email: string;
  totpEnabled: boolean;
  passkeys: number;
  recoveryCodes: number;
};

/** A member's second factors as their firm's owner sees them, and taking them away (recovery). */
@Injectable()
export class SecondFactorRepository {
  async ofMember(ctx: RequestContext, membershipId: string): Promise<MemberSecondFactors | null> {
    const [row] = await ctx.query<MemberSecondFactors>(
      `SELECT m.id AS "membershipId", m.user_id AS "userId", m.role, u.email, u.totp_enabled AS "totpEnabled",
              (SELECT count(*)::int FROM passkey p WHERE p.user_id = m.user_id) AS passkeys,
              (SELECT count(*)::int FROM recovery_code r WHERE r.user_id = m.user_id AND r.used_at IS NULL)
                AS "recoveryCodes"
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.id = $1 AND m.tenant_id = $2`,
      [membershipId, ctx.tenantId],
    );
    return row ?? null;
  }

  /** In how many firms the user is a member (all firms; through member_firm_count). */
  async firmCount(ctx: RequestContext, userId: string): Promise<number> {
    const [row] = await ctx.query<{ n: number }>(`SELECT member_firm_count($1) AS n`, [userId]);
    return row?.n ?? 0;
  }

  /** TOTP off, recovery codes and passkeys gone, every session ended. */
  async reset(ctx: RequestContext, userId: string): Promise<void> {
    await ctx.query(
      `UPDATE app_user SET totp_enabled = false, totp_secret = NULL, totp_last_step = NULL WHERE id = $1`,
      [userId],
    );
    await ctx.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
    await ctx.query(`DELETE FROM passkey WHERE user_id = $1`, [userId]);
    await ctx.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
      userId,
    ]);
  }
}
