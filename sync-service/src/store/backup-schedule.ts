// Scheduled online backups of the embedded store while the service runs.
import type { BackupSettings } from '../config';
import { listBackups, makeBackup } from './backup';
import type { Store } from './index';
import { statSync } from 'node:fs';

export interface BackupSchedule {
  stop(): void;
}

/** A backup now when the newest one is older than the interval, then one every interval. */
export function scheduleBackups(store: Store, dataDir: string, settings: BackupSettings, log: (line: string) => void = console.log): BackupSchedule | undefined {
  const file = store.sqliteFile;
  if (!file || settings.intervalHours === 0) return undefined;
  const intervalMs = settings.intervalHours * 3600_000;
  const run = () =>
    makeBackup(dataDir, file.backup, settings.keep, new Date()).then(
      (target) => log(`Резервная копия базы: ${target}`),
      (error: unknown) => console.error(`Резервная копия базы не создана: ${(error as Error).message}`),
    );
  const newest = listBackups(dataDir).at(-1);
  const age = newest ? Date.now() - statSync(newest).mtimeMs : Infinity;
  const first = setTimeout(() => void run(), Math.max(0, Math.min(intervalMs, intervalMs - age)));
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
