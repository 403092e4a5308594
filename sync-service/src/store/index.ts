// The service's store: one interface over SQLite (embedded, default) or PostgreSQL (DATABASE_URL).
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import { AuditStore } from './audit';
import { migrate } from './migrate';
import { openPostgresDriver } from './postgres-driver';
import { PracticeStore } from './practices';
import { RegionStore } from './region';
import { ReportStore } from './reports';
import { SchoolAdminStore } from './school-admin';
import { SchoolStore } from './schools';
import type { SqlDriver } from './sql';
import { openSqliteDriver, type SqliteDriver } from './sqlite-driver';
import { TokenAdminStore } from './token-admin';
import { TokenStore } from './tokens';

export interface Store {
  readonly driver: SqlDriver;
  readonly schools: SchoolStore;
  readonly tokens: TokenStore;
  readonly reports: ReportStore;
  readonly region: RegionStore;
  /** The region's bank of mentoring practices. */
  readonly practices: PracticeStore;
  /** Null when the store answers and accepts writes, else a Russian reason. */
  health(): Promise<string | null>;
  /** Grows with every write this process makes: caches of derived data compare it. */
  generation(): number;
  /** The embedded store's file and online backup; absent on PostgreSQL and in memory. */
  readonly sqliteFile?: { path: string; backup: (file: string) => Promise<void> };
  /** Administration from the dashboard: every organisation, issued tokens, the audit log. */
  readonly schoolAdmin: SchoolAdminStore;
  readonly tokenAdmin: TokenAdminStore;
  readonly audit: AuditStore;
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

/** The driver, counting the writes made through it. */
function counting(driver: SqlDriver): { driver: SqlDriver; generation: () => number } {
  let writes = 0;
  const after = <T>(p: Promise<T>) => p.finally(() => void writes++);
  const counted: SqlDriver = {
    dialect: driver.dialect,
    query: (sql, params) =>
      /^\s*(SELECT|WITH|PRAGMA)\b/i.test(sql) ? driver.query(sql, params) : after(driver.query(sql, params)),
    execute: (sql, params) => after(driver.execute(sql, params)),
    transaction: (fn) => after(driver.transaction(fn)),
    health: () => driver.health(),
    withSessionLock: driver.withSessionLock?.bind(driver),
    close: () => driver.close(),
  };
  return { driver: counted, generation: () => writes };
}

export function createStore(raw: SqlDriver, file?: string, lock?: DataDirLock): Store {
  const { driver, generation } = counting(raw);
  return {
    generation,
    driver,
    schools: new SchoolStore(driver),
    tokens: new TokenStore(driver),
    reports: new ReportStore(driver),
    region: new RegionStore(driver),
    practices: new PracticeStore(driver),
    schoolAdmin: new SchoolAdminStore(driver),
    tokenAdmin: new TokenAdminStore(driver),
    audit: new AuditStore(driver),
    health: () => driver.health(),
    sqliteFile: file ? { path: file, backup: (target) => (raw as SqliteDriver).backup(target) } : undefined,
    close: async () => {
      try {
        await raw.close();
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
