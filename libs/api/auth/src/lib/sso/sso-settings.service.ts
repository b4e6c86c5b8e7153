import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AccessService,
  APP_SECRETS,
  badInput,
  decrypt,
  encrypt,
  forbidden,
  type AppSecrets,
  type RequestContext,
} from '@klarsicht/api-core';
import { SsoClient } from './sso-client';
import { SsoRepository, type SsoConnection, type SsoStaffRole } from './sso.repository';

export type SsoSettings = {
  issuer: string | null;
  clientId: string | null;
  hasClientSecret: boolean;
  allowedDomains: string[];
  defaultRole: SsoStaffRole;
  enabled: boolean;
  requireSso: boolean;
  redirectUri: string;
};

export type SsoSettingsInput = {
  issuer: string;
  clientId: string;
  clientSecret?: string | null;
  allowedDomains: string[];
  defaultRole: string;
  enabled: boolean;
  requireSso: boolean;
};

const STAFF_ROLES: readonly string[] = ['DPO', 'ASSISTANT', 'AUDITOR'];
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The owner's side of firm SSO: the connection to the firm's identity provider and the SSO requirement. */
@Injectable()
export class SsoSettingsService {
  private readonly logger = new Logger(SsoSettingsService.name);

  constructor(
    private readonly access: AccessService,
    private readonly repository: SsoRepository,
    private readonly client: SsoClient,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
  ) {}

  async settings(ctx: RequestContext): Promise<SsoSettings> {
    this.requireOwner(ctx);
    return (await this.stored(ctx)).view;
  }

  async configure(ctx: RequestContext, input: SsoSettingsInput): Promise<SsoSettings> {
    this.requireOwner(ctx);
    const { connection, view: before } = await this.stored(ctx);
    const values = this.validate(input, connection !== null);
    const secret = input.clientSecret?.trim() || null;
    // The provider must answer now: a typo in the issuer is found here, not at the first sign-in.
    if (values.enabled || secret) {
      const current =
        secret ?? (connection ? decrypt(this.secrets.encryptionKey, connection.clientSecret) : '');
      try {
        await this.client.discover(values.issuer, values.clientId, current);
      } catch (error) {
        this.logger.warn({ err: error }, 'SSO discovery failed');
        throw badInput({ issuer: 'No OpenID Connect provider answers at this address' });
      }
    }
    if (values.requireSso && !values.enabled)
      throw badInput({ requireSso: 'Enable single sign-on before requiring it' });
    await this.repository.saveConnection(ctx, {
      ...values,
      clientSecret: secret ? encrypt(this.secrets.encryptionKey, secret) : null,
    });
    let endedSessions = 0;
    if (values.requireSso !== before.requireSso) {
      await this.repository.setRequireSso(ctx, values.requireSso);
      // From now on staff sign in through the IdP: their password sessions in this firm end.
      if (values.requireSso) endedSessions = await this.repository.revokeStaffSessions(ctx);
    }
    // What was just saved (a secret is stored now, the new one or the kept one).
    const after: SsoSettings = { ...values, hasClientSecret: true, redirectUri: before.redirectUri };
    ctx.audit({
      action: 'firm.sso_configured',
      entityType: 'tenant',
      entityId: ctx.tenantId,
      changes: {
        ...diff(before, after),
        ...(secret
          ? { clientSecret: { before: before.hasClientSecret ? 'set' : null, after: 'replaced' } }
          : {}),
        ...(endedSessions ? { endedSessions } : {}),
      },
    });
    return after;
  }

  /** The stored connection (for its sealed secret) and what the owner sees of it. */
  private async stored(
    ctx: RequestContext,
  ): Promise<{ connection: SsoConnection | null; view: SsoSettings }> {
    const connection = await this.repository.firmConnection(ctx);
    const requireSso = await this.repository.requireSso(ctx);
    return {
      connection,
      view: {
        issuer: connection?.issuer ?? null,
        clientId: connection?.clientId ?? null,
        hasClientSecret: connection !== null,
        allowedDomains: connection?.allowedDomains ?? [],
        defaultRole: connection?.defaultRole ?? 'ASSISTANT',
        enabled: connection?.enabled ?? false,
        requireSso,
        redirectUri: this.client.redirectUri(),
      },
    };
  }

  private validate(input: SsoSettingsInput, hasSecret: boolean) {
    const fields: Record<string, string> = {};
    let issuer: URL | null = null;
    try {
      issuer = new URL(input.issuer.trim());
    } catch {
      fields['issuer'] = 'Enter the issuer URL, e.g. https://login.example.com/realms/firm';
    }
    if (issuer && !this.client.issuerSchemeAllowed(issuer)) fields['issuer'] = 'The issuer must use https';
    if (!input.clientId.trim()) fields['clientId'] = 'Enter the client id';
    if (!hasSecret && !input.clientSecret?.trim()) fields['clientSecret'] = 'Enter the client secret';
    const domains = [
      ...new Set(input.allowedDomains.map((d) => d.trim().toLowerCase().replace(/^@/, ''))),
    ].filter(Boolean);
    if (domains.length === 0) fields['allowedDomains'] = 'Enter at least one email domain';
    const bad = domains.find((d) => !DOMAIN.test(d));
    if (bad) fields['allowedDomains'] = `Not an email domain: ${bad}`;
    if (!STAFF_ROLES.includes(input.defaultRole))
      fields['defaultRole'] = 'New members get a staff role other than owner: DPO, ASSISTANT or AUDITOR';
    if (Object.keys(fields).length > 0) throw badInput(fields);
    return {
      issuer: input.issuer.trim(),
      clientId: input.clientId.trim(),
      allowedDomains: domains,
      defaultRole: input.defaultRole as SsoStaffRole,
      enabled: input.enabled,
      requireSso: input.requireSso,
    };
  }

  private requireOwner(ctx: RequestContext): void {
    this.access.requireFirm(ctx, 'settings', 'write');
    if (ctx.principal.role !== 'OWNER') throw forbidden('Only an owner configures single sign-on');
  }
}

const diff = (
  before: SsoSettings,
  after: SsoSettings,
): Record<string, { before: unknown; after: unknown }> => {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of [
    'issuer',
    'clientId',
    'allowedDomains',
    'defaultRole',
    'enabled',
    'requireSso',
  ] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { before: before[key], after: after[key] };
  }
  return changes;
};
