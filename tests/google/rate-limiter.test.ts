// The shared token-bucket limiter and the backoff, on a virtual clock.
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTA, RateLimiter } from '../../sync-service/src/google/rate-limiter';
import { backoffDelay, DEFAULT_RETRY, withRetry } from '../../sync-service/src/google/retry';
import { virtualClock } from '../../testkit/google/virtual-clock';

function maxInAnyMinute(times: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= 60_000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('rate limiter', () => {
  it('never lets more than the per-user quota through in any 60-second window', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(DEFAULT_QUOTA, clock);
    const grants: number[] = [];
    for (let i = 0; i < 300; i++) {
      await limiter.acquire('read');
      grants.push(clock.now());
    }
    expect(maxInAnyMinute(grants)).toBeLessThanOrEqual(60);
    // Steady state: (60 − burst) a minute, so 300 reads take about (300 − 5) / 55 minutes.
    expect(clock.now() / 60_000).toBeCloseTo(295 / 55, 1);
  });

  it('applies the project quota when it is the tighter one, and counts kinds apart', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(
      { ...DEFAULT_QUOTA, readsPerMinutePerUser: 1000, readsPerMinutePerProject: 30 },
      clock,
    );
    for (let i = 0; i < 60; i++) await limiter.acquire('read');
    const readTime = clock.now();
    await limiter.acquire('write');
    expect(clock.now()).toBe(readTime); // writes have their own buckets
    expect(readTime / 60_000).toBeGreaterThan(2);
    expect(limiter.granted()).toEqual({ read: 60, write: 1, drive: 0 });
  });

  it('holds everyone back after a 429', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(DEFAULT_QUOTA, clock);
    await limiter.acquire('read');
    limiter.throttled('read');
    await limiter.acquire('read');
    expect(clock.now()).toBeGreaterThanOrEqual(60_000 / 55 - 1);
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter and stays under the ceiling', () => {
    expect(backoffDelay(0, DEFAULT_RETRY, () => 0)).toBe(500);
    expect(backoffDelay(0, DEFAULT_RETRY, () => 1)).toBe(1000);
    expect(backoffDelay(3, DEFAULT_RETRY, () => 0.5)).toBe(6000);
    expect(backoffDelay(20, DEFAULT_RETRY, () => 1)).toBe(64_000);
  });

  it('retries 429, 5xx and network errors only', async () => {
    const clock = virtualClock();
    let calls = 0;
    const flaky = (errors: unknown[]) => async () => {
      const e = errors[calls++];
      // Google's client rejects with plain objects ({ status }, { code }), as thrown here.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (e) throw e;
      return 'ok';
    };
    expect(
      await withRetry(flaky([{ status: 429 }, { status: 503 }, { code: 'ECONNRESET' }]), DEFAULT_RETRY, clock, () => 0),
    ).toBe('ok');
    expect(calls).toBe(4);
    expect(clock.slept).toEqual([500, 1000, 2000]);
    calls = 0;
    await expect(withRetry(flaky([{ status: 404 }]), DEFAULT_RETRY, clock)).rejects.toEqual({ status: 404 });
    expect(calls).toBe(1);
  });

  it("waits at least the server's Retry-After", async () => {
    const clock = virtualClock();
    let calls = 0;
    await withRetry(
      async () => {
        const tooMany = { status: 429, response: { status: 429, headers: new Headers({ 'retry-after': '30' }) } };
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a plain rejection, as Google's client gives
        if (calls++ === 0) throw tooMany;
        return 1;
      },
      DEFAULT_RETRY,
      clock,
      () => 0,
    );
    expect(clock.slept).toEqual([30_000]);
  });
});
