import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import {
  APP_CONFIG,
  APP_SECRETS,
  consumeOrRefuse,
  ipKey,
  RateLimitRepository,
  type AppConfig,
  type AppSecrets,
} from '@klarsicht/api-core';

/**
 * Per-key and per-IP limits for API-key requests (sign-in has its own throttle), kept in PostgreSQL so that every
 * api replica spends from one budget: a fixed window of API_RATE_LIMIT_WINDOW_SECONDS per key. The counter names
 * carry the configured limit, so changing it starts fresh counters; IP addresses are stored only as a keyed hash.
 */
@Injectable()
export class ApiRateLimits {
  private readonly perKey: RateLimiterPostgres;
  private readonly perIp: RateLimiterPostgres;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
    counters: RateLimitRepository,
  ) {
    const window = config.API_RATE_LIMIT_WINDOW_SECONDS;
    const limiter = (name: string, points: number): RateLimiterPostgres =>
      counters.counter(`${name}:${points}/${window}s`, points, window);
    this.perKey = limiter('api-key', config.API_RATE_LIMIT_PER_KEY);
    this.perIp = limiter('api-ip', config.API_RATE_LIMIT_PER_IP);
  }

  /** Counts every request presenting an API key, valid or not, so guessing is as limited as using. */
  async checkIp(ip: string | null | undefined): Promise<void> {
    await consumeOrRefuse(this.perIp, ipKey(this.secrets.blindIndexKey, ip));
  }

  async checkKey(keyId: string): Promise<void> {
    await consumeOrRefuse(this.perKey, keyId);
  }
}
