type Bucket = { tokens: number; updatedAt: number };

/**
 * Token bucket per key: `limit` requests per `windowSeconds`, refilled continuously, bursts up to `limit`.
 * In-process: with N api replicas behind a load balancer the effective limit is N × limit.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** Keys with state (memory stays bounded: full buckets are dropped). */
  get size(): number {
    return this.buckets.size;
  }
  private readonly perMs: number;

  constructor(
    private readonly limit: number,
    windowSeconds: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 50_000,
  ) {
    this.perMs = limit / (windowSeconds * 1000);
  }

  /** Takes one token; returns 0 when allowed, otherwise the seconds until the next request may pass. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.refill(this.buckets.get(key), now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      this.sweep(now);
      return 0;
    }
    this.buckets.set(key, bucket);
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  private refill(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.limit, updatedAt: now };
    return {
      tokens: Math.min(this.limit, bucket.tokens + (now - bucket.updatedAt) * this.perMs),
      updatedAt: now,
    };
  }

  // Full buckets carry no state worth keeping; drop them when the map grows.
  private sweep(now: number): void {
    if (this.buckets.size <= this.maxEntries) return;
    for (const [key, bucket] of this.buckets) {
      if (this.refill(bucket, now).tokens >= this.limit) this.buckets.delete(key);
    }
  }
}
