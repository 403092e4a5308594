// The real stores the sync runs on: SQLite in a temporary DATA_DIR always, and PostgreSQL (a fresh
// schema) when TEST_DATABASE_URL is set, as `.ci/run` does (required under CI).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store, type StoreLocation } from '../../../sync-service/src/store';
import { testDatabaseUrl } from '../../support/test-database';

export interface TestDatabase {
  /** Opens one more connection to the same database (another replica of the service). */
  open(): Promise<Store>;
  drop(): Promise<void>;
}

export interface StoreKind {
  name: string;
  create(): Promise<TestDatabase>;
}

function sqlite(): StoreKind {
  return {
    name: 'SQLite',
    async create() {
      const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-google-'));
      const opened: Store[] = [];
      return {
        async open() {
          const store = await openStore({ dataDir });
          opened.push(store);
          return store;
        },
        async drop() {
          for (const s of opened) await s.close().catch(() => undefined);
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

function postgres(url: string): StoreKind {
  return {
    name: 'PostgreSQL',
    async create() {
      const schema = `google_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const location: StoreLocation = {
        databaseUrl: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      };
      const opened: Store[] = [];
      return {
        async open() {
          const store = await openStore(location);
          opened.push(store);
          return store;
        },
        async drop() {
          for (const s of opened) await s.close().catch(() => undefined);
          await admin.query(`DROP SCHEMA ${schema} CASCADE`);
          await admin.end();
        },
      };
    },
  };
}

const databaseUrl = testDatabaseUrl('google sync');
export const STORE_KINDS: StoreKind[] = [sqlite(), ...(databaseUrl ? [postgres(databaseUrl)] : [])];
