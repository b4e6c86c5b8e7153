import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import {
  APP_CONFIG,
  APP_SECRETS,
  decrypt,
  publicBaseUrl,
  sha256Hex,
  type AppConfig,
  type AppSecrets,
} from '@klarsicht/api-core';
import type { SsoConnection } from './sso.repository';

export type SsoClaims = {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

export type AuthorizationRequest = { url: URL; state: string; nonce: string; codeVerifier: string };

const DISCOVERY_TTL_MS = 10 * 60_000;

const cacheKey = (issuer: string, clientId: string, secret: string): string =>
  `${issuer}\n${clientId}\n${sha256Hex(secret)}`;

/**
 * The relying party side of OpenID Connect (openid-client): discovery, the authorization URL with PKCE (S256),
 * state and nonce, and the code exchange that checks state, nonce, issuer, audience and the ID token signature.
 * Discovered provider metadata is kept for ten minutes per connection.
 */
@Injectable()
export class SsoClient {
  private readonly discovered = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
  ) {}

  redirectUri(): string {
    return `${this.publicUrl()}/api/auth/sso/callback`;
  }

  publicUrl(): string {
    return publicBaseUrl(this.config);
  }

  /** Whether an issuer URL is acceptable here: https, or http where SSO_ALLOW_HTTP_ISSUER allows it. */
  issuerSchemeAllowed(issuer: URL): boolean {
    return issuer.protocol === 'https:' || (issuer.protocol === 'http:' && this.config.SSO_ALLOW_HTTP_ISSUER);
  }

  /** Fetches the provider's metadata now (settings check): throws when nothing answers as an OpenID provider. */
  async discover(issuer: string, clientId: string, clientSecret: string): Promise<void> {
    await this.fresh(issuer, clientId, clientSecret);
  }

  async authorizationRequest(connection: SsoConnection, state: string, loginHint: string | null) {
    const config = await this.configuration(connection);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(),
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ...(loginHint ? { login_hint: loginHint } : {}),
    });
    return { url, state, nonce, codeVerifier } satisfies AuthorizationRequest;
  }

  /** Exchanges the code; refuses a state, nonce, PKCE verifier or ID token that does not match. */
  async exchange(
    connection: SsoConnection,
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<SsoClaims> {
    const config = await this.configuration(connection);
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('The provider answered without an ID token');
    // Many providers put email and name only into the userinfo answer (checked against the ID token's subject).
    const claims =
      typeof idToken.email === 'string'
        ? idToken
        : { ...(await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)), sub: idToken.sub };
    return {
      subject: idToken.sub,
      email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null,
      emailVerified: claims.email_verified === true,
      name: typeof claims.name === 'string' ? claims.name : null,
    };
  }

  private configuration(connection: SsoConnection): Promise<oidc.Configuration> {
    const secret = decrypt(this.secrets.encryptionKey, connection.clientSecret);
    const cached = this.discovered.get(cacheKey(connection.issuer, connection.clientId, secret));
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    return this.fresh(connection.issuer, connection.clientId, secret);
  }

  private fresh(issuer: string, clientId: string, secret: string): Promise<oidc.Configuration> {
    const key = cacheKey(issuer, clientId, secret);
    const url = new URL(issuer);
    const config = oidc.discovery(url, clientId, undefined, oidc.ClientSecretBasic(secret), {
      timeout: 10,
      ...(url.protocol === 'http:' && this.issuerSchemeAllowed(url)
        ? { execute: [oidc.allowInsecureRequests] }
        : {}),
    });
    this.discovered.set(key, { at: Date.now(), config });
    // A failed discovery is not kept: the next sign-in asks again.
    config.catch(() => this.discovered.delete(key));
    return config;
  }
}
