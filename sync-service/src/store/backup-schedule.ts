// Scheduled online backups of the embedded store while the service runs.
import type { BackupSettings } from '../config';
import { listBackups, makeBackup } from './backup';
import type { Store } from './index';
import { statSync } from 'node:fs';

/** A start never copies at once: a crash loop must not rotate good backups away. */
const FIRST_DELAY_MS = 60_000;
const FIRST_BACKUP_MS = 10 * 60_000;

export interface BackupSchedule {
  stop(): void;
}

/** A backup a minute after the start when the newest one is older than the interval (ten minutes
 *  after the start when there is none), then one every interval. */
export function scheduleBackups(
  store: Store,
  dataDir: string,
  settings: BackupSettings,
  log: (line: string) => void = console.log,
): BackupSchedule | undefined {
  const file = store.sqliteFile;
  if (!file || settings.intervalHours === 0) return undefined;
  const intervalMs = settings.intervalHours * 3600_000;
  const run = () =>
    makeBackup(dataDir, file.backup, settings.keep, new Date()).then(
      (target) => log(`Резервная копия базы: ${target}`),
      (error: unknown) => console.error(`Резервная копия базы не создана: ${(error as Error).message}`),
    );
  const newest = listBackups(dataDir).at(-1);
  // Overdue: soon after the start; no backup yet: once the service has run a while.
  const firstMs = newest
    ? Math.max(FIRST_DELAY_MS, intervalMs - (Date.now() - statSync(newest).mtimeMs))
    : Math.min(intervalMs, FIRST_BACKUP_MS);
  const first = setTimeout(() => void run(), Math.min(firstMs, intervalMs));
  const every = setInterval(() => void run(), intervalMs);
  first.unref();
  every.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
