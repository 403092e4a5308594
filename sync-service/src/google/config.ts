// Google settings from the environment. The gateway exists only when one of them is set.
import { DEFAULT_QUOTA, type QuotaConfig } from './rate-limiter';
import { DEFAULT_RETRY, type RetryConfig } from './retry';

export interface GoogleConfig {
  /** Another Sheets API v4 / Drive v3 endpoint (tests, emulators); Google itself when absent. */
  rootUrl?: string;
  /** A static bearer token for that endpoint; Application Default Credentials when absent. */
  staticToken?: string;
  regionalSpreadsheetId?: string;
  quota: QuotaConfig;
  retry: RetryConfig;
  /** Per-request timeout. */
  timeoutMs: number;
}

type Env = Record<string, string | undefined>;

const TRIGGERS = [
  'GOOGLE_APPLICATION_CREDENTIALS',
  'SHEETS_API_ROOT_URL',
  'SHEETS_API_TOKEN',
  'REGIONAL_SPREADSHEET_ID',
  'SYNC_INTERVAL_MINUTES',
];

function positive(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: ожидается целое число больше 0, получено «${raw}»`);
  return n;
}

/** The Google settings, or undefined when nothing asks for Google. */
export function googleConfigFromEnv(env: Env): GoogleConfig | undefined {
  if (!TRIGGERS.some((name) => env[name]?.trim())) return undefined;
  const rootUrl = env.SHEETS_API_ROOT_URL?.trim() || undefined;
  if (rootUrl && !/^https?:\/\//.test(rootUrl))
    throw new Error(`SHEETS_API_ROOT_URL: ожидается адрес http(s)://…, получено «${rootUrl}»`);
  return {
    rootUrl,
    staticToken: env.SHEETS_API_TOKEN?.trim() || undefined,
    regionalSpreadsheetId: env.REGIONAL_SPREADSHEET_ID?.trim() || undefined,
    quota: {
      ...DEFAULT_QUOTA,
      readsPerMinutePerUser: positive(env, 'SHEETS_READS_PER_MINUTE', DEFAULT_QUOTA.readsPerMinutePerUser),
      readsPerMinutePerProject: positive(
        env,
        'SHEETS_PROJECT_READS_PER_MINUTE',
        DEFAULT_QUOTA.readsPerMinutePerProject,
      ),
      writesPerMinutePerUser: positive(env, 'SHEETS_WRITES_PER_MINUTE', DEFAULT_QUOTA.writesPerMinutePerUser),
      writesPerMinutePerProject: positive(
        env,
        'SHEETS_PROJECT_WRITES_PER_MINUTE',
        DEFAULT_QUOTA.writesPerMinutePerProject,
      ),
    },
    retry: DEFAULT_RETRY,
    timeoutMs: 30_000,
  };
}
