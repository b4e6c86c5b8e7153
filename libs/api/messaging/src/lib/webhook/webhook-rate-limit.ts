import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { APP_CONFIG, consumeOrRefuse, RateLimitRepository, type AppConfig } from '@klarsicht/api-core';

/**
 * Deliveries per channel and minute, in PostgreSQL (shared by replicas); the counter's name carries the limit, so a
 * changed MESSAGING_WEBHOOK_RATE_LIMIT_PER_MINUTE starts fresh counters. RATE_LIMITED (429) when spent. Correctly
 * signed deliveries and refused ones count apart: someone who knows a channel's id but not its secret can use up
 * only the refused budget (which bounds the audit events of refusals), never the provider's.
 */
@Injectable()
export class WebhookRateLimit {
  private readonly perChannel: RateLimiterPostgres;
  private readonly refusedPerChannel: RateLimiterPostgres;

  constructor(@Inject(APP_CONFIG) config: AppConfig, counters: RateLimitRepository) {
    const points = config.MESSAGING_WEBHOOK_RATE_LIMIT_PER_MINUTE;
    this.perChannel = counters.counter(`messaging-channel:${points}/60s`, points, 60);
    this.refusedPerChannel = counters.counter(`messaging-channel-refused:${points}/60s`, points, 60);
  }

  /** A correctly signed delivery. */
  consume(channelId: string): Promise<void> {
    return consumeOrRefuse(this.perChannel, channelId);
  }

  /** A delivery refused for its signature. */
  consumeRefused(channelId: string): Promise<void> {
    return consumeOrRefuse(this.refusedPerChannel, channelId);
  }
}
