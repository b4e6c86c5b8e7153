import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  APP_SECRETS,
  blindIndex,
  rateLimited,
  type AppConfig,
  type AppSecrets,
  type RequestContext,
} from '@klarsicht/api-core';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';

const WINDOW_MS = 3_600_000;

/** Failed sign-ins per account and per IP within the last hour; both keyed-hashed, never in clear. */
@Injectable()
export class SignInThrottleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
    private readonly attempts: SignInAttemptsRepository,
  ) {}

  keys(email: string, ip: string | null): { emailHash: string; ipHash: string | null } {
    return {
      emailHash: blindIndex(this.secrets.blindIndexKey, `email:${email.trim().toLowerCase()}`),
      ipHash: ip ? blindIndex(this.secrets.blindIndexKey, `ip:${ip}`) : null,
    };
  }

  /** Refuses with RATE_LIMITED once the account or the IP has used up its failures for the hour. */
  async assertAllowed(ctx: RequestContext, email: string, ip: string | null): Promise<void> {
    const { emailHash, ipHash } = this.keys(email, ip);
    const since = new Date(Date.now() - WINDOW_MS);
    const byAccount = await this.attempts.failuresSince(ctx, { emailHash }, since);
    if (byAccount >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) throw rateLimited(3600);
    if (ipHash) {
      const byIp = await this.attempts.failuresSince(ctx, { ipHash }, since);
      if (byIp >= this.config.LOGIN_MAX_FAILURES_PER_IP) throw rateLimited(3600);
    }
  }

  async record(ctx: RequestContext, email: string, ip: string | null, succeeded: boolean): Promise<void> {
    const { emailHash, ipHash } = this.keys(email, ip);
    await this.attempts.insert(ctx, { emailHash, ipHash, succeeded });
  }
}
