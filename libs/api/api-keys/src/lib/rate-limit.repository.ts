import { Injectable } from '@nestjs/common';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

// Created by the migration RateLimitStore (owner role), written by the runtime role: no tenant data, no RLS.
const TABLE = 'rate_limit';

/** Fixed-window counters in PostgreSQL (rate-limiter-flexible's store over the runtime pool), shared by replicas. */
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
