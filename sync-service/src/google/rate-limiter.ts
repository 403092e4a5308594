// One shared limiter for every Google API call the service makes. Sheets counts reads and writes
// separately, per minute, per user (a service account is one user) and per project.
import type { Clock } from './clock';

export type RequestKind = 'read' | 'write' | 'drive';

export interface QuotaConfig {
  /** Sheets reads a minute per user (Google's default: 60). */
  readsPerMinutePerUser: number;
  /** Sheets reads a minute per project (Google's default: 300). */
  readsPerMinutePerProject: number;
  writesPerMinutePerUser: number;
  writesPerMinutePerProject: number;
  /** Drive metadata queries a minute (Drive allows far more than Sheets). */
  driveRequestsPerMinute: number;
  /** Requests that may go at once before the steady rate applies. */
  burst: number;
}

export const DEFAULT_QUOTA: QuotaConfig = {
  readsPerMinutePerUser: 60,
  readsPerMinutePerProject: 300,
  writesPerMinutePerUser: 60,
  writesPerMinutePerProject: 300,
  driveRequestsPerMinute: 600,
  burst: 5,
};

/**
 * A token bucket sized so that no 60-second window ever holds more than `perMinute` requests:
 * `burst` tokens at most, refilled at (perMinute − burst) a minute. Google counts per minute,
 * so a bucket refilled at the full rate after a burst would overrun the quota.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private readonly capacity: number;
  private readonly perMs: number;

  constructor(
    perMinute: number,
    burst: number,
    private readonly clock: Clock,
  ) {
    this.capacity = Math.max(1, Math.min(burst, perMinute - 1));
    this.perMs = Math.max(perMinute - this.capacity, 1) / 60_000;
    this.tokens = this.capacity;
    this.updatedAt = clock.now();
  }

  /** Milliseconds until a token is available (0: available now). */
  waitTime(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
  }

  take(): void {
    this.refill();
    this.tokens -= 1;
  }

  /** After a 429 the server's window is full: start again from an empty bucket. */
  drain(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
  }
}

export class RateLimiter {
  private readonly buckets: Record<RequestKind, TokenBucket[]>;
  private readonly queues: Record<RequestKind, Promise<void>> = {
    read: Promise.resolve(),
    write: Promise.resolve(),
    drive: Promise.resolve(),
  };
  private readonly counts: Record<RequestKind, number> = { read: 0, write: 0, drive: 0 };

  constructor(
    quota: QuotaConfig,
    private readonly clock: Clock,
  ) {
    const bucket = (perMinute: number) => new TokenBucket(perMinute, quota.burst, clock);
    this.buckets = {
      read: [bucket(quota.readsPerMinutePerUser), bucket(quota.readsPerMinutePerProject)],
      write: [bucket(quota.writesPerMinutePerUser), bucket(quota.writesPerMinutePerProject)],
      drive: [bucket(quota.driveRequestsPerMinute)],
    };
  }

  /** Resolves when a request of this kind may go; callers of one kind are served in order. */
  acquire(kind: RequestKind): Promise<void> {
    const turn = this.queues[kind].then(() => this.waitForToken(kind));
    this.queues[kind] = turn;
    return turn;
  }

  /** The server answered 429: hold back every caller of this kind for a while. */
  throttled(kind: RequestKind): void {
    for (const b of this.buckets[kind]) b.drain();
  }

  /** Requests let through so far, by kind. */
  granted(): Readonly<Record<RequestKind, number>> {
    return { ...this.counts };
  }

  private async waitForToken(kind: RequestKind): Promise<void> {
    const buckets = this.buckets[kind];
    for (;;) {
      const wait = Math.max(...buckets.map((b) => b.waitTime()));
      if (wait === 0) break;
      await this.clock.sleep(wait);
    }
    for (const b of buckets) b.take();
    this.counts[kind] += 1;
  }
}
