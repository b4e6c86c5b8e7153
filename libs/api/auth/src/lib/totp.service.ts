import { Inject, Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { APP_SECRETS, decrypt, encrypt, type AppSecrets } from '@klarsicht/api-core';

export type TotpCheck = { valid: false } | { valid: true; step: number };

@Injectable()
export class TotpService {
  constructor(@Inject(APP_SECRETS) private readonly secrets: AppSecrets) {}

  createSecret(email: string): { secret: string; sealed: Buffer; otpauthUrl: string } {
    const secret = generateSecret();
    return {
      secret,
      sealed: encrypt(this.secrets.encryptionKey, secret),
      otpauthUrl: generateURI({ issuer: 'Klarsicht', label: email, secret }),
    };
  }

  /** Valid within ±1 time step; the caller rejects steps at or before the last accepted one (one use per code). */
  check(sealed: Buffer, code: string, lastStep: number | null): TotpCheck {
    if (!/^\d{6}$/.test(code)) return { valid: false };
    const secret = decrypt(this.secrets.encryptionKey, sealed);
    const result = verifySync({ secret, token: code, epochTolerance: 30 });
    if (!result.valid) return { valid: false };
    const step = Math.floor(Date.now() / 30_000) + result.delta;
    if (lastStep !== null && step <= lastStep) return { valid: false };
    return { valid: true, step };
  }
}
