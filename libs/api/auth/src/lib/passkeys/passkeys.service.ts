import { Injectable } from '@nestjs/common';
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import {
  badInput,
  conflict,
  isUuid,
  notFound,
  unauthenticated,
  type RequestContext,
} from '@klarsicht/api-core';
import type { User } from '../entities/user.entity';
import { UsersRepository } from '../users.repository';
import { PasskeysRepository, type Passkey } from './passkeys.repository';
import {
  CEREMONY_TIMEOUT_MS,
  parseWebAuthnResponse,
  WebAuthnChallenges,
} from './webauthn-challenges.service';

export const MAX_PASSKEYS = 20;

/** The WebAuthn user handle: the user id's 16 bytes (no personal data). */
export const userHandle = (userId: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(Buffer.from(userId.replace(/-/g, ''), 'hex'));

/** The signed-in user's passkeys: register one (options, then the authenticator's answer), list, remove. */
@Injectable()
export class PasskeysService {
  constructor(
    private readonly passkeys: PasskeysRepository,
    private readonly users: UsersRepository,
    private readonly challenges: WebAuthnChallenges,
  ) {}

  /** Creation options for `startRegistration` (JSON): a discoverable credential with user verification. */
  async registrationOptions(ctx: RequestContext): Promise<string> {
    const user = await this.currentUser(ctx);
    const existing = await this.passkeys.ofUser(ctx, user.id);
    if (existing.length >= MAX_PASSKEYS)
      throw conflict(`You have ${MAX_PASSKEYS} passkeys: remove one before you add another`);
    const options = await generateRegistrationOptions({
      rpName: this.challenges.rp.name,
      rpID: this.challenges.rp.id,
      userID: userHandle(user.id),
      userName: user.email,
      userDisplayName: user.name,
      timeout: CEREMONY_TIMEOUT_MS,
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({
        id: p.credentialId,
        transports: p.transports as AuthenticatorTransport[],
      })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    });
    await this.challenges.issue(ctx, options.challenge, 'registration', user.id);
    return JSON.stringify(options);
  }

  /** Verifies the authenticator's answer to this user's registration challenge and stores the passkey. */
  async register(ctx: RequestContext, responseJson: string, name: string): Promise<Passkey> {
    const user = await this.currentUser(ctx);
    const trimmed = name.trim();
    if (!trimmed) throw badInput({ name: 'Give the passkey a name' });
    const response = parseWebAuthnResponse<RegistrationResponseJSON>(responseJson);
    const challenge = await this.challenges.take(ctx, response, 'registration');
    if (!challenge || challenge.userId !== user.id)
      throw badInput(
        { response: 'expired' },
        'The passkey registration has expired or was already used: start again',
      );
    const verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: this.challenges.rp.origin,
      expectedRPID: this.challenges.rp.id,
      requireUserVerification: true,
    }).catch(() => null);
    if (!verification?.verified) throw badInput({ response: 'invalid' }, 'The passkey could not be verified');
    const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
    if (await this.passkeys.byCredentialId(ctx, credential.id))
      throw conflict('This passkey is already registered');
    const passkey = await this.passkeys.insert(ctx, {
      userId: user.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: response.response.transports ?? [],
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
      name: trimmed,
    });
    ctx.audit({
      action: 'auth.passkey_registered',
      entityType: 'user',
      entityId: user.id,
      changes: { passkeyId: passkey.id, name: trimmed, deviceType: credentialDeviceType },
    });
    return passkey;
  }

  async list(ctx: RequestContext): Promise<Passkey[]> {
    const user = await this.currentUser(ctx);
    return this.passkeys.ofUser(ctx, user.id);
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const user = await this.currentUser(ctx);
    if (!isUuid(id)) throw notFound();
    const name = await this.passkeys.remove(ctx, user.id, id);
    if (name === null) throw notFound();
    ctx.audit({
      action: 'auth.passkey_removed',
      entityType: 'user',
      entityId: user.id,
      changes: { passkeyId: id, name },
    });
    return true;
  }

  private async currentUser(ctx: RequestContext): Promise<User> {
    const userId = ctx.principal.userId;
    if (!userId) throw unauthenticated('Only signed-in users can do this');
    const user = await this.users.find(ctx, userId);
    if (!user) throw unauthenticated();
    return user;
  }
}
