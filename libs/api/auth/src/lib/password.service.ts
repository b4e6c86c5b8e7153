import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '@klarsicht/api-core';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

@Injectable()
export class PasswordService {
  // Verified against when the email is unknown, so both answers take the same time.
  private readonly dummyHash = hash('klarsicht-timing-equaliser', ARGON2);

  /** Throws BAD_USER_INPUT (field `password`) unless the password meets the policy. */
  assertPolicy(password: string, field = 'password'): void {
    const length = [...password].length;
    if (length < PASSWORD_MIN)
      throw badInput({ [field]: `Password must have at least ${PASSWORD_MIN} characters` });
    if (length > PASSWORD_MAX)
      throw badInput({ [field]: `Password must have at most ${PASSWORD_MAX} characters` });
    const lower = password.toLowerCase();
    if (
      COMMON.has(lower) ||
      /^(.)\1+$/.test(password) ||
      /^(0123456789|1234567890|abcdefghijkl)/.test(lower)
    ) {
      throw badInput({ [field]: 'This password is too common; choose another' });
    }
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
