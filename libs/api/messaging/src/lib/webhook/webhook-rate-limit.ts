import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { APP_CONFIG, consumeOrRefuse, RateLimitRepository, type AppConfig } from '@klarsicht/api-core';

/**
 * Deliveries per channel and minute, in PostgreSQL (shared by replicas); the counter's name carries the limit, so a
 * changed MESSAGING_WEBHOOK_RATE_LIMIT_PER_MINUTE starts fresh counters. RATE_LIMITED (429) when spent.
 */
@Injectable()
export class WebhookRateLimit {
  private readonly perChannel: RateLimiterPostgres;

  constructor(@Inject(APP_CONFIG) config: AppConfig, counters: RateLimitRepository) {
    const points = config.MESSAGING_WEBHOOK_RATE_LIMIT_PER_MINUTE;
    this.perChannel = counters.counter(`messaging-channel:${points}/60s`, points, 60);
  }

  consume(channelId: string): Promise<void> {
    return consumeOrRefuse(this.perChannel, channelId);
  }
}
