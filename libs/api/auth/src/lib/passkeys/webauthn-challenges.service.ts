import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { decodeClientDataJSON } from '@simplewebauthn/server/helpers';
import {
  APP_CONFIG,
  badInput,
  publicBaseUrl,
  RequestContextFactory,
  type AppConfig,
  type RequestContext,
} from '@klarsicht/api-core';
import { PasskeysRepository, type ChallengePurpose } from './passkeys.repository';

/** How long a challenge handed out with options can be answered. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** What the browser is told to wait for the user (less than the challenge lives). */
export const CEREMONY_TIMEOUT_MS = 2 * 60_000;

export type RelyingParty = { id: string; name: string; origin: string };

/** The relying party is the public address: its host is the RP id, its origin the one the browser must report. */
export const relyingParty = (config: Pick<AppConfig, 'PUBLIC_URL' | 'PORT'>): RelyingParty => {
  const url = new URL(publicBaseUrl(config));
  return { id: url.hostname, name: 'Klarsicht', origin: url.origin };
};

/** A browser's answer (`startRegistration` / `startAuthentication`), which the api receives as a JSON string. */
export type WebAuthnResponse = RegistrationResponseJSON | AuthenticationResponseJSON;

const looksLikeResponse = (
  value: unknown,
): value is { id: string; rawId: string; type: 'public-key'; response: { clientDataJSON: string } } => {
  const candidate = value as Partial<WebAuthnResponse> | null;
  return (
    !!candidate &&
    typeof candidate === 'object' &&
    typeof candidate.id === 'string' &&
    typeof candidate.rawId === 'string' &&
    candidate.type === 'public-key' &&
    typeof candidate.response?.clientDataJSON === 'string'
  );
};

/** The answer, checked for the shape every WebAuthn response has (the library verifies the rest). */
export const parseWebAuthnResponse = <T extends WebAuthnResponse>(json: string): T => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = null;
  }
  if (!looksLikeResponse(value))
    throw badInput({ response: 'Not a WebAuthn response' }, 'The passkey answer is not a WebAuthn response');
  return { clientExtensionResults: {}, ...value } as T;
};

/** The challenge the browser signed, as it reports it in the client data (null when unreadable). */
const signedChallenge = (response: WebAuthnResponse): string | null => {
  try {
    return decodeClientDataJSON(response.response.clientDataJSON).challenge;
  } catch {
    return null;
  }
};

/**
 * Challenges live in PostgreSQL (any api replica may receive the answer) for CHALLENGE_TTL_MS and work once.
 * Taking one is committed on its own, so a challenge is spent even when the answer is refused.
 */
@Injectable()
export class WebAuthnChallenges {
  readonly rp: RelyingParty;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly passkeys: PasskeysRepository,
    private readonly contexts: RequestContextFactory,
  ) {
    this.rp = relyingParty(config);
  }

  async issue(
    ctx: RequestContext,
    challenge: string,
    purpose: ChallengePurpose,
    userId: string | null,
  ): Promise<void> {
    await this.passkeys.insertChallenge(ctx, {
      challenge,
      purpose,
      userId,
      expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
    });
  }

  /** The challenge the answer signed, if it was handed out for this purpose, is unused and has not expired. */
  async take(
    ctx: RequestContext,
    response: WebAuthnResponse,
    purpose: ChallengePurpose,
  ): Promise<{ challenge: string; userId: string | null } | null> {
    const challenge = signedChallenge(response);
    if (!challenge) return null;
    const taken = await this.contexts.runSeparately(ctx.principal, ctx.meta, (own) =>
      this.passkeys.takeChallenge(own, challenge, purpose),
    );
    return taken ? { challenge, userId: taken.userId } : null;
  }
}
