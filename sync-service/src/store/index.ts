// The service's store: one interface over SQLite (embedded, default) or PostgreSQL (DATABASE_URL).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AuditStore } from './audit';
import { migrate } from './migrate';
import { openPostgresDriver } from './postgres-driver';
import { RegionStore } from './region';
import { ReportStore } from './reports';
import { SchoolAdminStore } from './school-admin';
import { SchoolStore } from './schools';
import type { SqlDriver } from './sql';
import { openSqliteDriver } from './sqlite-driver';
import { TokenAdminStore } from './token-admin';
import { TokenStore } from './tokens';

export interface Store {
  readonly driver: SqlDriver;
  readonly schools: SchoolStore;
  readonly tokens: TokenStore;
  readonly reports: ReportStore;
  readonly region: RegionStore;
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

export function createStore(driver: SqlDriver): Store {
  return {
    driver,
    schools: new SchoolStore(driver),
    tokens: new TokenStore(driver),
    reports: new ReportStore(driver),
    region: new RegionStore(driver),
    schoolAdmin: new SchoolAdminStore(driver),
    tokenAdmin: new TokenAdminStore(driver),
    audit: new AuditStore(driver),
    close: () => driver.close(),
  };
}

/** Opens the store and brings its schema up to date. */
export async function openStore(location: StoreLocation): Promise<Store> {
  let driver: SqlDriver;
  if ('databaseUrl' in location) driver = openPostgresDriver(location.databaseUrl);
  else if ('dataDir' in location) {
    mkdirSync(location.dataDir, { recursive: true });
    driver = openSqliteDriver(join(location.dataDir, SQLITE_FILE));
  } else driver = openSqliteDriver(':memory:');
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return createStore(driver);
}
