// Truncated exponential backoff with jitter for quota errors, 5xx and network failures. The
// googleapis client's own retry is switched off: it gives up too soon and never retries POST.
import type { Clock } from './clock';

export interface RetryConfig {
  /** Attempts in all, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryConfig = { attempts: 7, baseDelayMs: 1_000, maxDelayMs: 64_000 };

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'TimeoutError',
  'AbortError',
]);

export function httpStatusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: { status?: unknown } } | null;
  const status = e?.response?.status ?? e?.status;
  return typeof status === 'number' ? status : undefined;
}

/** `error.errors[0].reason` of Google's JSON error body (e.g. `userRateLimitExceeded`). */
export function googleReasonOf(error: unknown): string | undefined {
  const data = (error as { response?: { data?: { error?: { errors?: { reason?: unknown }[] } } } } | null)?.response
    ?.data;
  const reason = data?.error?.errors?.[0]?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

// Drive signals an exhausted quota with 403 and one of these reasons as well as with 429:
// https://developers.google.com/drive/api/guides/handle-errors (403 "User rate limit exceeded",
// 403 "Rate limit exceeded") and https://developers.google.com/drive/api/guides/limits ("If you
// exceed a quota, you'll receive a 403: User rate limit exceeded"). Sheets answers 429:
// https://developers.google.com/sheets/api/limits. Both say: exponential backoff, then retry.
const QUOTA_REASONS = new Set(['userRateLimitExceeded', 'rateLimitExceeded']);

/** Google says a quota ran out: 429, or 403 with a rate-limit reason. */
export function isQuotaError(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status === 429) return true;
  const reason = googleReasonOf(error);
  return status === 403 && reason !== undefined && QUOTA_REASONS.has(reason);
}

export function isRetryable(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined) return RETRYABLE_STATUS.has(status) || isQuotaError(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

/** `Retry-After` in milliseconds, when the server sent one. */
function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: unknown } } | null)?.response?.headers;
  const value =
    headers instanceof Headers
      ? headers.get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  const seconds = value === undefined || value === null ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Delay before retry number `n` (0-based): half fixed, half random, so clients spread out. */
export function backoffDelay(n: number, config: RetryConfig, random: () => number = Math.random): number {
  const ceiling = Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** n);
  return ceiling / 2 + random() * (ceiling / 2);
}

export async function withRetry<T>(
  attempt: () => Promise<T>,
  config: RetryConfig,
  clock: Clock,
  random: () => number = Math.random,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n + 1 >= config.attempts || !isRetryable(error)) throw error;
      const delay = Math.max(backoffDelay(n, config, random), Math.min(retryAfterMs(error) ?? 0, config.maxDelayMs));
      await clock.sleep(delay);
    }
  }
}
