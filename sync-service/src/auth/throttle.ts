// Failed authentication is rate-limited per client address: token guessing gets a 429, not an oracle.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { tooManyRequests } from '../http/errors';

export interface ThrottleSettings {
  /** Failed attempts allowed per address in one window. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { maxFailures: 30, windowMs: 60_000 };

/** Beyond this many tracked addresses the expired ones are dropped (memory stays bounded). */
const MAX_TRACKED = 10_000;

/** The TCP peer's address (the proxy's, behind a reverse proxy). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served by @hono/node-server (app.fetch in a test)
  }
}

export class AuthThrottle {
  private readonly windows = new Map<string, { start: number; failures: number }>();

  constructor(
    private readonly settings: ThrottleSettings = DEFAULT_THROTTLE,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Throws 429 while the address is over its limit; call before checking a token. */
  check(address: string): void {
    const w = this.current(address);
    if (w && w.failures >= this.settings.maxFailures) {
      const wait = (w.start + this.settings.windowMs - this.clock()) / 1000;
      throw tooManyRequests(
        'too_many_attempts',
        `Слишком много неудачных попыток входа с адреса ${address}: повторите через ${Math.ceil(wait)} с`,
        wait,
      );
    }
  }

  fail(address: string): void {
    const now = this.clock();
    const w = this.current(address);
    if (w) w.failures++;
    else {
      if (this.windows.size >= MAX_TRACKED) this.prune(now);
      this.windows.set(address, { start: now, failures: 1 });
    }
  }

  private current(address: string) {
    const w = this.windows.get(address);
    if (w && this.clock() - w.start >= this.settings.windowMs) {
      this.windows.delete(address);
      return undefined;
    }
    return w;
  }

  private prune(now: number): void {
    for (const [address, w] of this.windows) if (now - w.start >= this.settings.windowMs) this.windows.delete(address);
    if (this.windows.size >= MAX_TRACKED) this.windows.clear();
  }
}
