import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';

export type SsoStaffRole = 'DPO' | 'ASSISTANT' | 'AUDITOR';

export type SsoConnection = {
  tenantId: string;
  issuer: string;
  clientId: string;
  clientSecret: Buffer;
  allowedDomains: string[];
  defaultRole: SsoStaffRole;
  enabled: boolean;
  updatedAt: Date;
};

export type SsoLogin = {
  id: string;
  tenantId: string;
  nonce: string;
  codeVerifier: string;
  loginHint: string | null;
};

const CONNECTION_COLUMNS = `tenant_id AS "tenantId", issuer, client_id AS "clientId", client_secret AS "clientSecret",
  allowed_domains AS "allowedDomains", default_role AS "defaultRole", enabled, updated_at AS "updatedAt"`;

/** A firm's SSO connection, the authorization requests in flight and the IdP subjects linked to users. */
@Injectable()
export class SsoRepository {
  async firmConnection(ctx: RequestContext): Promise<SsoConnection | null> {
    const [row] = await ctx.query<SsoConnection>(
      `SELECT ${CONNECTION_COLUMNS} FROM tenant_sso WHERE tenant_id = $1`,
      [ctx.tenantId],
    );
    return row ?? null;
  }

  async saveConnection(
    ctx: RequestContext,
    values: Omit<SsoConnection, 'tenantId' | 'updatedAt' | 'clientSecret'> & { clientSecret: Buffer | null },
  ): Promise<void> {
    await ctx.query(
      `INSERT INTO tenant_sso (tenant_id, issuer, client_id, client_secret, allowed_domains, default_role, enabled)
       VALUES ($1, $2, $3, COALESCE($4, (SELECT client_secret FROM tenant_sso WHERE tenant_id = $1)), $5, $6, $7)
       ON CONFLICT (tenant_id) DO UPDATE SET issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
         client_secret = EXCLUDED.client_secret, allowed_domains = EXCLUDED.allowed_domains,
         default_role = EXCLUDED.default_role, enabled = EXCLUDED.enabled, updated_at = now()`,
      [
        ctx.tenantId,
        values.issuer,
        values.clientId,
        values.clientSecret,
        values.allowedDomains,
        values.defaultRole,
        values.enabled,
      ],
    );
  }

  async requireSso(ctx: RequestContext): Promise<boolean> {
    const [row] = await ctx.query<{ requireSso: boolean }>(
      `SELECT require_sso AS "requireSso" FROM tenant WHERE id = $1`,
      [ctx.tenantId],
    );
    return row?.requireSso ?? false;
  }

  async setRequireSso(ctx: RequestContext, required: boolean): Promise<void> {
    await ctx.query(`UPDATE tenant SET require_sso = $2 WHERE id = $1`, [ctx.tenantId, required]);
  }

  /** Ends the sessions in this firm of its non-owner staff (when the firm starts requiring SSO). */
  async revokeStaffSessions(ctx: RequestContext): Promise<number> {
    const rows = await ctx.query<{ id: string }>(
      `WITH ended AS (UPDATE refresh_token SET revoked_at = now()
        WHERE active_tenant_id = $1 AND revoked_at IS NULL AND sso_tenant_id IS NULL
          AND user_id IN (SELECT user_id FROM membership WHERE tenant_id = $1 AND role IN ('DPO', 'ASSISTANT', 'AUDITOR'))
       RETURNING id)
       SELECT id FROM ended`,
      [ctx.tenantId],
    );
    return rows.length;
  }

  /** The firms whose enabled SSO vouches for this email domain (id and name only; the one cross-firm read). */
  tenantsForDomain(ctx: RequestContext, domain: string): Promise<{ tenantId: string; tenantName: string }[]> {
    return ctx.query(
      `SELECT tenant_id AS "tenantId", tenant_name AS "tenantName" FROM sso_tenants_for_domain($1) LIMIT 20`,
      [domain],
    );
  }

  async insertLogin(
    ctx: RequestContext,
    values: {
      stateHash: string;
      nonce: string;
      codeVerifier: string;
      loginHint: string | null;
      ttlSeconds: number;
    },
  ): Promise<void> {
    await ctx.query(`DELETE FROM sso_login WHERE tenant_id = $1 AND expires_at < now() - interval '1 day'`, [
      ctx.tenantId,
    ]);
    await ctx.query(
      `INSERT INTO sso_login (id, tenant_id, state_hash, nonce, code_verifier, login_hint, expires_at)
       VALUES (uuid_generate_v7(), $1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
      [
        ctx.tenantId,
        values.stateHash,
        values.nonce,
        values.codeVerifier,
        values.loginHint,
        values.ttlSeconds,
      ],
    );
  }

  /** Takes the request in flight with this state: once, and only before it expires. */
  async takeLogin(ctx: RequestContext, stateHash: string): Promise<SsoLogin | null> {
    const [row] = await ctx.query<SsoLogin>(
      `WITH used AS (UPDATE sso_login SET used_at = now()
        WHERE tenant_id = $1 AND state_hash = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING id, tenant_id AS "tenantId", nonce, code_verifier AS "codeVerifier", login_hint AS "loginHint")
       SELECT * FROM used`,
      [ctx.tenantId, stateHash],
    );
    return row ?? null;
  }

  async identityUser(ctx: RequestContext, issuer: string, subject: string): Promise<string | null> {
    const [row] = await ctx.query<{ userId: string }>(
      `SELECT user_id AS "userId" FROM user_identity WHERE tenant_id = $1 AND issuer = $2 AND subject = $3`,
      [ctx.tenantId, issuer, subject],
    );
    return row?.userId ?? null;
  }

  async hasIdentity(ctx: RequestContext, userId: string): Promise<boolean> {
    const [row] = await ctx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM user_identity WHERE tenant_id = $1 AND user_id = $2`,
      [ctx.tenantId, userId],
    );
    return (row?.n ?? 0) > 0;
  }

  async linkIdentity(ctx: RequestContext, userId: string, issuer: string, subject: string): Promise<void> {
    await ctx.query(
      `INSERT INTO user_identity (id, tenant_id, user_id, issuer, subject) VALUES (uuid_generate_v7(), $1, $2, $3, $4)
       ON CONFLICT (tenant_id, issuer, subject) DO NOTHING`,
      [ctx.tenantId, userId, issuer, subject],
    );
  }
}
