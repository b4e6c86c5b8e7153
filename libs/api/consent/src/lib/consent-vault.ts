import { Inject, Injectable } from '@nestjs/common';
import {
  APP_SECRETS,
  blindIndex,
  decrypt,
  encrypt,
  secureRandomBytes,
  type AppSecrets,
} from '@klarsicht/api-core';

/** What a messaging webhook proves: which provider delivered which message, when, through which channel. */
export type MessageEvidence = {
  provider: string;
  messageId: string;
  channelId: string;
  messageAt: string | null;
};

export type Evidence = {
  ip: string | null;
  userAgent: string | null;
  formUrl: string | null;
} & { [K in keyof MessageEvidence]?: MessageEvidence[K] | null };

/**
 * Keys for consent personal data. The master key (ENCRYPTION_KEY) seals phone numbers and each subject's data key;
 * the data key seals that subject's evidence, so destroying it on erasure makes the evidence unreadable while the
 * append-only events stay. Lookups go through a keyed HMAC of client id and number (no cross-client linking).
 */
@Injectable()
export class ConsentVault {
  constructor(@Inject(APP_SECRETS) private readonly secrets: AppSecrets) {}

  phoneIndex(clientId: string, e164: string): string {
    return blindIndex(this.secrets.blindIndexKey, `consent:${clientId}:${e164}`);
  }

  sealPhone(e164: string): Buffer {
    return this.seal(e164);
  }

  openPhone(sealed: Buffer | null): string | null {
    return this.open(sealed);
  }

  /** Other contact data of a person (a data subject request's name and e-mail), sealed like phone numbers. */
  seal(text: string): Buffer {
    return encrypt(this.secrets.encryptionKey, text);
  }

  open(sealed: Buffer | null): string | null {
    return sealed ? decrypt(this.secrets.encryptionKey, sealed) : null;
  }

  newDataKey(): { key: Buffer; sealed: Buffer } {
    const key = secureRandomBytes(32);
    return { key, sealed: encrypt(this.secrets.encryptionKey, key.toString('base64')) };
  }

  openDataKey(sealed: Buffer | null): Buffer | null {
    return sealed ? Buffer.from(decrypt(this.secrets.encryptionKey, sealed), 'base64') : null;
  }

  sealEvidence(dataKey: Buffer, evidence: Partial<Evidence> | null | undefined): Buffer | null {
    const value: Evidence = {
      ip: evidence?.ip ?? null,
      userAgent: evidence?.userAgent ?? null,
      formUrl: evidence?.formUrl ?? null,
    };
    // A message's evidence only where there is one (older evidence keeps its three fields).
    if (evidence?.messageId) {
      value.provider = evidence.provider ?? null;
      value.messageId = evidence.messageId;
      value.channelId = evidence.channelId ?? null;
      value.messageAt = evidence.messageAt ?? null;
    }
    if (!value.ip && !value.userAgent && !value.formUrl && !value.messageId) return null;
    return encrypt(dataKey, JSON.stringify(value));
  }

  openEvidence(dataKey: Buffer | null, sealed: Buffer | null): Evidence | null {
    if (!dataKey || !sealed) return null;
    return JSON.parse(decrypt(dataKey, sealed)) as Evidence;
  }
}
