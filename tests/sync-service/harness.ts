// Starts the real sync service on a loopback port over a real store (SQLite in a temporary DATA_DIR,
// or PostgreSQL in a fresh schema when TEST_DATABASE_URL is set) and talks to it with fetch.
import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, it } from 'vitest';
import { createApp, type AppDeps } from '../../sync-service/src/app';
import { generateToken, hashToken } from '../../sync-service/src/auth/token';
import { openStore, type Store, type StoreLocation } from '../../sync-service/src/store';
import { testDatabaseUrl } from '../support/test-database';

export interface Backend {
  name: string;
  /** A fresh, empty place for a store; `drop` removes it. */
  create(): Promise<{ location: StoreLocation; drop(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'SQLite',
  async create() {
    const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-test-'));
    return { location: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  },
};

function postgres(url: string): Backend {
  return {
    name: 'PostgreSQL',
    async create() {
      const schema = `test_${generateToken()
        .replace(/[^a-z0-9]/gi, '')
        .slice(0, 16)
        .toLowerCase()}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const location = new URL(url);
      location.searchParams.set('options', `-c search_path=${schema}`);
      return {
        location: { databaseUrl: location.toString() },
        async drop() {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP SCHEMA ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set. In CI, PostgreSQL is required. */
export function backends(): Backend[] {
  const url = testDatabaseUrl('sync-service');
  return url ? [sqlite, postgres(url)] : [sqlite];
}

/**
 * The backends of a suite that exists only on PostgreSQL. Without TEST_DATABASE_URL (outside CI:
 * in CI backends() fails instead) the suite is listed as skipped, so its file is not empty.
 */
export function postgresOnly(title: string): Backend[] {
  const postgres = backends().filter((b) => b.name === 'PostgreSQL');
  if (postgres.length === 0)
    describe.skip(`${title} (PostgreSQL only: TEST_DATABASE_URL is not set)`, () => it.todo('runs on PostgreSQL'));
  return postgres;
}

export const ADMIN_TOKEN = generateToken();

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Service {
  url: string;
  store: Store;
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  /** Calls and parses the JSON answer, failing on an unexpected status. */
  json<T = any>(method: string, path: string, expectedStatus: number, options?: CallOptions): Promise<T>;
  close(): Promise<void>;
}

export async function startService(location: StoreLocation, deps: Partial<AppDeps> = {}): Promise<Service> {
  const store = await openStore(location);
  // Downloads always reflect the last write here; the stale-while-rebuilding cache has its own test.
  const app = createApp({ store, adminTokenHash: hashToken(ADMIN_TOKEN), exportCache: { maxStaleMs: 0 }, ...deps });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call = (method: string, path: string, options: CallOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    return fetch(url + path, { method, headers, body, redirect: 'manual' });
  };

  return {
    url,
    store,
    call,
    async json(method, path, expectedStatus, options) {
      const res = await call(method, path, options);
      const text = await res.text();
      if (res.status !== expectedStatus)
        throw new Error(`${method} ${path}: expected ${expectedStatus}, got ${res.status}: ${text}`);
      return text ? JSON.parse(text) : null;
    },
    async close() {
      (server as Server).closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await store.close();
    },
  };
}

/** Registers a school through the API and returns its token. */
export async function registerSchool(
  service: Service,
  school: { id: string; name?: string; municipality?: string; kind?: string; source?: unknown },
): Promise<string> {
  const body = { name: `ОО ${school.id}`, municipality: 'Новокузнецкий ГО', kind: 'school', ...school };
  const { token } = await service.json<{ token: string }>('POST', '/api/v1/schools', 201, { token: ADMIN_TOKEN, body });
  return token;
}

export interface ErrorBody {
  error: { code: string; message: string; issues: Array<{ path: string; message: string }> };
}

/** The JSON error body of a response. */
export async function errorOf(res: Response): Promise<ErrorBody['error']> {
  return ((await res.json()) as ErrorBody).error;
}
