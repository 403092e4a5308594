// Service settings from the environment.
import { resolve } from 'node:path';

export const MIN_ADMIN_TOKEN_LENGTH = 32;

export interface BackupSettings {
  /** Hours between scheduled backups of the embedded store; 0 turns them off. */
  intervalHours: number;
  /** How many newest backups are kept. */
  keep: number;
}

export interface ReportLimits {
  /** Revisions one school may add per UTC day; beyond it, 429. */
  revisionsPerDay: number;
  /** Bytes of stored revisions one school may hold; beyond it, 429. */
  schoolQuotaBytes: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = { revisionsPerDay: 50, schoolQuotaBytes: 50 * 1024 * 1024 };

export interface ServiceConfig {
  port: number;
  /** Interface to listen on: 127.0.0.1 by default; 0.0.0.0 to accept schools from the network. */
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  demo: boolean;
  backup: BackupSettings;
  limits: ReportLimits;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} должен быть целым числом от ${min} до ${max}, а не «${raw}»`);
  return n;
}

export function readBackupSettings(env: NodeJS.ProcessEnv): BackupSettings {
  return {
    intervalHours: wholeNumber(env, 'BACKUP_INTERVAL_HOURS', 24, 0, 24 * 365),
    keep: wholeNumber(env, 'BACKUP_KEEP', 7, 1, 1000),
  };
}

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): ServiceConfig {
  const port = wholeNumber(env, 'PORT', 8787, 0, 65535);
  const adminToken = env.ADMIN_TOKEN || undefined;
  if (adminToken !== undefined && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new Error(
      `ADMIN_TOKEN короче ${MIN_ADMIN_TOKEN_LENGTH} символов (${adminToken.length}): такой токен можно подобрать. ` +
        `Надёжный токен даёт команда node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`,
    );
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminToken,
    demo: argv.includes('--demo'),
    backup: readBackupSettings(env),
    limits: {
      revisionsPerDay: wholeNumber(env, 'REPORT_REVISIONS_PER_DAY', DEFAULT_REPORT_LIMITS.revisionsPerDay, 1, 100_000),
      schoolQuotaBytes:
        wholeNumber(env, 'SCHOOL_QUOTA_MB', DEFAULT_REPORT_LIMITS.schoolQuotaBytes / 1024 / 1024, 1, 100_000) *
        1024 *
        1024,
    },
  };
}
