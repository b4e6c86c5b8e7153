import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { badInput, conflict, sha256Hex, unauthenticated, type RequestContext } from '@klarsicht/api-core';
import { TotpService } from './totp.service';
import { UsersRepository } from './users.repository';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const COUNT = 10;
// Three groups of four from a 32-letter alphabet: 60 random bits, so a plain SHA-256 is a safe hash to keep.
export const RECOVERY_CODE = /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/;

const newCode = (): string =>
  Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');

/** Ten one-time codes that stand in for a TOTP code when the authenticator is lost; shown once, kept hashed. */
@Injectable()
export class RecoveryCodesService {
  constructor(
    private readonly users: UsersRepository,
    private readonly totp: TotpService,
  ) {}

  /** Replaces the user's codes with ten new ones; needs a current TOTP code. */
  async generate(ctx: RequestContext, totpCode: string): Promise<string[]> {
    const userId = ctx.principal.userId;
    if (!userId) throw unauthenticated('Only signed-in users can do this');
    const user = await this.users.find(ctx, userId);
    if (!user) throw unauthenticated();
    if (!user.totpEnabled || !user.totpSecret) throw conflict('Set up two-factor authentication first');
    const check = this.totp.check(
      user.totpSecret,
      totpCode,
      user.totpLastStep === null ? null : Number(user.totpLastStep),
    );
    if (!check.valid) throw badInput({ code: 'The code is not valid' });
    await this.users.update(ctx, user.id, { totpLastStep: String(check.step) });
    const codes = Array.from({ length: COUNT }, newCode);
    await this.users.replaceRecoveryCodes(ctx, user.id, codes.map(sha256Hex));
    ctx.audit({
      action: 'auth.recovery_codes_generated',
      entityType: 'user',
      entityId: user.id,
      changes: { count: COUNT },
    });
    return codes;
  }

  /** Uses one code at sign-in: true once, false for a wrong or used code. */
  async consume(ctx: RequestContext, userId: string, code: string): Promise<boolean> {
    const normalized = code.trim().toLowerCase();
    if (!RECOVERY_CODE.test(normalized)) return false;
    return this.users.useRecoveryCode(ctx, userId, sha256Hex(normalized));
  }
}
