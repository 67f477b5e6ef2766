/** How many requests a key may make: a burst of `burst`, refilled at `perSecond`. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/**
 * An in-memory token bucket per key (a client address, a voting code's hash). Each instance
 * limits what it sees; behind a load balancer each instance holds its own buckets.
 *
 * @example
 * const limiter = new RateLimiter({ burst: 5, perSecond: 1 });
 * limiter.take('203.0.113.7'); // true five times in a row, then false until a token refills
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Takes one token for `key`; false when the key has none left (answer 429). */
  take(key: string): boolean {
    const at = this.clock();
    const bucket = this.buckets.get(key);
    const refilled =
      bucket === undefined
        ? this.limit.burst
        : Math.min(
            this.limit.burst,
            bucket.tokens + ((at - bucket.at) / 1000) * this.limit.perSecond,
          );
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at });
      return false;
    }
    this.buckets.set(key, { tokens: refilled - 1, at });
    if (this.buckets.size > 50_000) this.sweep(at);
    return true;
  }

  /** Seconds until `key` has a token again (for `Retry-After`). */
  retryAfter(key: string): number {
    const bucket = this.buckets.get(key);
    if (bucket === undefined || bucket.tokens >= 1) return 0;
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }

  /** Forgets buckets that have refilled completely. */
  private sweep(at: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((at - bucket.at) / 1000) * this.limit.perSecond >= this.limit.burst) {
        this.buckets.delete(key);
      }
    }
  }
}
