// The service's store: one interface over SQLite (embedded, default) or PostgreSQL (DATABASE_URL).
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import { migrate } from './migrate';
import { openPostgresDriver } from './postgres-driver';
import { RegionStore } from './region';
import { ReportStore } from './reports';
import { SchoolStore } from './schools';
import type { SqlDriver } from './sql';
import { openSqliteDriver, type SqliteDriver } from './sqlite-driver';
import { TokenStore } from './tokens';

export interface Store {
  readonly driver: SqlDriver;
  readonly schools: SchoolStore;
  readonly tokens: TokenStore;
  readonly reports: ReportStore;
  readonly region: RegionStore;
  /** Null when the store answers and accepts writes, else a Russian reason. */
  health(): Promise<string | null>;
  /** The embedded store's file and online backup; absent on PostgreSQL and in memory. */
  readonly sqliteFile?: { path: string; backup(file: string): Promise<void> };
  close(): Promise<void>;
}

export type StoreLocation =
  /** PostgreSQL, e.g. `postgres://user:pass@host:5432/db` (`?options=-c%20search_path%3Dname` selects a schema). */
  | { databaseUrl: string }
  /** SQLite file `nastavnik.sqlite` in this directory, created when missing. */
  | { dataDir: string }
  /** SQLite in memory: gone when closed (the demo). */
  | { memory: true };

export const SQLITE_FILE = 'nastavnik.sqlite';

export function createStore(driver: SqlDriver, file?: string, lock?: DataDirLock): Store {
  return {
    driver,
    schools: new SchoolStore(driver),
    tokens: new TokenStore(driver),
    reports: new ReportStore(driver),
    region: new RegionStore(driver),
    health: () => driver.health(),
    sqliteFile: file ? { path: file, backup: (target) => (driver as SqliteDriver).backup(target) } : undefined,
    close: async () => {
      try {
        await driver.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** Opens the store and brings its schema up to date. */
export async function openStore(location: StoreLocation): Promise<Store> {
  let driver: SqlDriver;
  let file: string | undefined;
  let lock: DataDirLock | undefined;
  if ('databaseUrl' in location) driver = openPostgresDriver(location.databaseUrl);
  else if ('dataDir' in location) {
    // Only the service's user reads the region's data.
    mkdirSync(location.dataDir, { recursive: true, mode: 0o700 });
    chmodSync(location.dataDir, 0o700);
    lock = lockDataDir(location.dataDir);
    file = join(location.dataDir, SQLITE_FILE);
    try {
      driver = openSqliteDriver(file);
    } catch (error) {
      lock.release();
      throw error;
    }
  } else driver = openSqliteDriver(':memory:');
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close();
    lock?.release();
    throw error;
  }
  return createStore(driver, file, lock);
}
