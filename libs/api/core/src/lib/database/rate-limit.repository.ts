import { Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { rateLimited } from '../errors';

// Created by the migration RateLimitStore (owner role), written by the runtime role: no tenant data, no RLS.
const TABLE = 'rate_limit';

/** Fixed-window counters in PostgreSQL (API keys, password reset) (rate-limiter-flexible's store over the runtime pool), shared by replicas. */
@Injectable()
export class RateLimitRepository {
  constructor(private readonly dataSource: DataSource) {}

  counter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
    return new RateLimiterPostgres({
      storeClient: this.dataSource,
      storeType: 'typeorm',
      tableName: TABLE,
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
    });
  }
}

/**
 * Spends one point of `key`. The limiter rejects with its result when the budget is spent (RATE_LIMITED with the
 * seconds until the window ends) and with the driver's error when the database is unreachable (503 like any request).
 */
export const consumeOrRefuse = async (limiter: RateLimiterPostgres, key: string): Promise<void> => {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    throw rejection;
  }
};
