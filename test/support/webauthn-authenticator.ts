import { isoCBOR } from '@simplewebauthn/server/helpers';
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A software passkey for the integration tests: an ES256 (P-256) key, answering WebAuthn options the way a
 * browser and an authenticator together would (`startRegistration` / `startAuthentication` output), with "none"
 * attestation. User presence and verification are asserted; the signature counter can be set to test replays.
 */
export type SoftwarePasskey = {
  credentialId: string;
  counter: number;
  /** The JSON `registerPasskey` takes, answering passkeyRegistrationOptions. */
  register: (optionsJson: string, overrides?: { origin?: string; challenge?: string }) => string;
  /** The JSON `loginWithPasskey` takes, answering passkeyLoginOptions; the counter grows by one unless set. */
  assert: (
    optionsJson: string,
    overrides?: { origin?: string; challenge?: string; counter?: number; userVerified?: boolean },
  ) => string;
};

const b64url = (bytes: Uint8Array | Buffer | string): string => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string): Buffer => createHash('sha256').update(data).digest();
const uint32 = (n: number): Buffer => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(n);
  return out;
};

// Flags of the authenticator data: user present, user verified, attested credential data included.
const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

const coseKey = (publicKey: KeyObject): Uint8Array => {
  const jwk = publicKey.export({ format: 'jwk' });
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x ?? '', 'base64url')],
      [-3, Buffer.from(jwk.y ?? '', 'base64url')],
    ]),
  );
};

const clientData = (type: string, challenge: string, origin: string): string =>
  b64url(JSON.stringify({ type, challenge, origin, crossOrigin: false }));

/** The PublicKeyCredential as JSON, the way @simplewebauthn/browser hands it over. */
const credentialJson = (id: string, response: Record<string, unknown>): string =>
  JSON.stringify({
    id,
    rawId: id,
    type: 'public-key',
    response,
    clientExtensionResults: {},
    authenticatorAttachment: 'platform',
  });

/** A new passkey for the site at `origin` (its host is the relying party id). */
export const softwarePasskey = (origin: string): SoftwarePasskey => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rawId = randomBytes(32);
  let userHandle = '';
  const passkey: SoftwarePasskey = {
    credentialId: b64url(rawId),
    counter: 0,
    register: (optionsJson, overrides = {}) => {
      const options = JSON.parse(optionsJson) as {
        challenge: string;
        rp: { id: string };
        user: { id: string };
      };
      userHandle = options.user.id;
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(rawId.length);
      const authData = Buffer.concat([
        sha256(options.rp.id),
        Buffer.from([UP | UV | AT]),
        uint32(passkey.counter),
        Buffer.alloc(16), // AAGUID: none
        idLength,
        rawId,
        coseKey(publicKey),
      ]);
      const attestationObject = isoCBOR.encode(
        new Map<string, string | Map<string, string> | Uint8Array>([
          ['fmt', 'none'],
          ['attStmt', new Map<string, string>()],
          ['authData', authData],
        ]),
      );
      return credentialJson(passkey.credentialId, {
        clientDataJSON: clientData(
          'webauthn.create',
          overrides.challenge ?? options.challenge,
          overrides.origin ?? origin,
        ),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      });
    },
    assert: (optionsJson, overrides = {}) => {
      const options = JSON.parse(optionsJson) as { challenge: string; rpId: string };
      passkey.counter = overrides.counter ?? passkey.counter + 1;
      const authData = Buffer.concat([
        sha256(options.rpId),
        Buffer.from([UP | (overrides.userVerified === false ? 0 : UV)]),
        uint32(passkey.counter),
      ]);
      const data = clientData(
        'webauthn.get',
        overrides.challenge ?? options.challenge,
        overrides.origin ?? origin,
      );
      // Signed: the authenticator data and the hash of the client data (as bytes, not base64url).
      const signature = sign(
        'sha256',
        Buffer.concat([authData, sha256(Buffer.from(data, 'base64url'))]),
        privateKey,
      );
      return credentialJson(passkey.credentialId, {
        clientDataJSON: data,
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        userHandle: userHandle || undefined,
      });
    },
  };
  return passkey;
};

/** A challenge no server handed out (base64url, like the real ones). */
export const strayChallenge = (): string => b64url(randomBytes(32));
