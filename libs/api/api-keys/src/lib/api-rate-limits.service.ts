import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, rateLimited, type AppConfig } from '@klarsicht/api-core';
import { RateLimiter } from './rate-limiter';

/** Per-key and per-IP limits for API-key requests (sign-in has its own throttle). */
@Injectable()
export class ApiRateLimits {
  private readonly perKey: RateLimiter;
  private readonly perIp: RateLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.perKey = new RateLimiter(config.API_RATE_LIMIT_PER_KEY, config.API_RATE_LIMIT_WINDOW_SECONDS);
    this.perIp = new RateLimiter(config.API_RATE_LIMIT_PER_IP, config.API_RATE_LIMIT_WINDOW_SECONDS);
  }

  /** Counts every request presenting an API key, valid or not, so guessing is as limited as using. */
  checkIp(ip: string | null | undefined): void {
    const wait = this.perIp.take(ip ?? 'unknown');
    if (wait > 0) throw rateLimited(wait);
  }

  checkKey(keyId: string): void {
    const wait = this.perKey.take(keyId);
    if (wait > 0) throw rateLimited(wait);
  }
}
