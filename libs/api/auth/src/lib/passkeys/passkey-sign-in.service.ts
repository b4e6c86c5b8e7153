import { Inject, Injectable } from '@nestjs/common';
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
} from '@simplewebauthn/server';
import { createHmac } from 'node:crypto';
import { APP_SECRETS, AppError, type AppSecrets, type RequestContext } from '@klarsicht/api-core';
import type { User } from '../entities/user.entity';
import type { Session } from '../session-issuer.service';
import { SignInOutcomes } from '../sign-in-outcomes.service';
import { SignInThrottleService } from '../sign-in-throttle.service';
import { UsersRepository } from '../users.repository';
import { PasskeysRepository, type Passkey } from './passkeys.repository';
import {
  CEREMONY_TIMEOUT_MS,
  parseWebAuthnResponse,
  WebAuthnChallenges,
} from './webauthn-challenges.service';

export const PASSKEY_REFUSED = 'The passkey was not accepted: sign in again';

/** Why an assertion was refused (the `auth.login_failed` reason), or null when it proves the passkey. */
export type AssertionRefusal =
  'passkey_challenge' | 'unknown_passkey' | 'foreign_passkey' | 'invalid_passkey' | 'passkey_counter' | null;

/**
 * Signing in with a passkey, alone (it proves possession and, with user verification, a PIN or biometric: two
 * factors) or as the second factor after a password. Every assertion answers a challenge handed out by
 * `loginOptions`, which works once.
 */
@Injectable()
export class PasskeySignIn {
  constructor(
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
    private readonly passkeys: PasskeysRepository,
    private readonly users: UsersRepository,
    private readonly challenges: WebAuthnChallenges,
    private readonly throttle: SignInThrottleService,
    private readonly outcomes: SignInOutcomes,
  ) {}

  /**
   * Request options for `startAuthentication` (JSON). With an email, the user's passkeys are allowed (an unknown
   * email gets a stand-in credential id, so the answer does not tell whether the account exists); without, any
   * passkey of this site (a discoverable credential) may answer.
   */
  async loginOptions(ctx: RequestContext, email: string | null): Promise<string> {
    const normalized = email?.trim().toLowerCase() || null;
    const user = normalized ? await this.users.findByEmail(ctx, normalized) : null;
    const keys = user ? await this.passkeys.ofUser(ctx, user.id) : [];
    const allowCredentials = keys.map((p) => ({
      id: p.credentialId,
      transports: p.transports as AuthenticatorTransport[],
    }));
    if (normalized && allowCredentials.length === 0)
      allowCredentials.push({ id: this.standInCredentialId(normalized), transports: ['internal', 'hybrid'] });
    const options = await generateAuthenticationOptions({
      rpID: this.challenges.rp.id,
      allowCredentials,
      userVerification: 'required',
      timeout: CEREMONY_TIMEOUT_MS,
    });
    await this.challenges.issue(ctx, options.challenge, 'authentication', user?.id ?? null);
    return JSON.stringify(options);
  }

  /** Signs in with a passkey alone; refused answers are throttled and audited like a wrong password. */
  async login(ctx: RequestContext, responseJson: string): Promise<Session> {
    const response = parseWebAuthnResponse<AuthenticationResponseJSON>(responseJson);
    const passkey = await this.passkeys.byCredentialId(ctx, response.id);
    const user = passkey ? await this.users.find(ctx, passkey.userId) : null;
    // Throttled by the account when the credential is known, else by the unknown credential (and the IP).
    const throttleKey = user?.email ?? `passkey:${response.id}`;
    await this.throttle.assertAllowed(ctx, throttleKey, ctx.meta.ip);
    const refusal = await this.check(ctx, response, user ? passkey : null, null);
    if (refusal || !user) {
      await this.outcomes.failed(ctx, throttleKey, user, refusal ?? 'unknown_passkey');
      throw new AppError('UNAUTHENTICATED', PASSKEY_REFUSED);
    }
    const session = await this.outcomes.succeeded(ctx, user, throttleKey, {
      method: 'passkey',
      secondFactor: null,
    });
    if (!session) {
      await this.outcomes.failed(ctx, throttleKey, user, 'no_membership');
      throw new AppError('UNAUTHENTICATED', PASSKEY_REFUSED);
    }
    return session;
  }

  /** Checks a passkey answer as the second factor of this user (after their password). */
  async checkSecondFactor(ctx: RequestContext, user: User, responseJson: string): Promise<AssertionRefusal> {
    const response = parseWebAuthnResponse<AuthenticationResponseJSON>(responseJson);
    const passkey = await this.passkeys.byCredentialId(ctx, response.id);
    return this.check(ctx, response, passkey, user.id);
  }

  async has(ctx: RequestContext, userId: string): Promise<boolean> {
    return this.passkeys.exists(ctx, userId);
  }

  /**
   * The challenge is spent first (whatever follows); then the passkey must be the one the challenge was issued
   * for (its user's), the signature valid with user verification, and the signature counter must grow.
   */
  private async check(
    ctx: RequestContext,
    response: AuthenticationResponseJSON,
    passkey: Passkey | null,
    expectedUserId: string | null,
  ): Promise<AssertionRefusal> {
    const challenge = await this.challenges.take(ctx, response, 'authentication');
    if (!challenge) return 'passkey_challenge';
    if (!passkey) return 'unknown_passkey';
    if (
      (challenge.userId && challenge.userId !== passkey.userId) ||
      (expectedUserId && expectedUserId !== passkey.userId)
    )
      return 'foreign_passkey';
    let newCounter: number;
    try {
      const verification = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge.challenge,
        expectedOrigin: this.challenges.rp.origin,
        expectedRPID: this.challenges.rp.id,
        credential: {
          id: passkey.credentialId,
          publicKey: new Uint8Array(passkey.publicKey),
          counter: passkey.counter,
          transports: passkey.transports,
        },
        requireUserVerification: true,
      });
      if (!verification.verified) return 'invalid_passkey';
      newCounter = verification.authenticationInfo.newCounter;
    } catch (error) {
      return error instanceof Error && /counter/i.test(error.message) ? 'passkey_counter' : 'invalid_passkey';
    }
    // A concurrent sign-in with the same counter value (a cloned key) loses here.
    return (await this.passkeys.recordUse(ctx, passkey.id, passkey.counter, newCounter))
      ? null
      : 'passkey_counter';
  }

  /** A credential id for an email without passkeys: stable per email and unguessable (keyed hash). */
  private standInCredentialId(email: string): string {
    return createHmac('sha256', this.secrets.blindIndexKey).update(`passkey:${email}`).digest('base64url');
  }
}
