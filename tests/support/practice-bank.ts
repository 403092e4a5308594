// The REAL sync service as the region's bank of practices for the workspace tests (CLI and add-on),
// on each store the service tests run on (SQLite; PostgreSQL when TEST_DATABASE_URL is set): the
// schools registered with the admin token, a school token each, a methodologist's and a viewer's.
// 'in-process': createApp behind a listening node server, recording the raw body of every POST that
// reaches it. 'child': the service's own entry (sync-service/src/main.ts) in another process — the
// Apps Script stand-in's UrlFetchApp blocks this process's event loop while it waits.
import { serve, type ServerType } from '@hono/node-server';
import { spawn } from 'node:child_process';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../sync-service/src/app';
import { hashToken } from '../../sync-service/src/auth/token';
import { openStore, type StoreLocation } from '../../sync-service/src/store';
import { ADMIN_TOKEN, backends, type Backend } from '../sync-service/harness';

export { backends, type Backend };

export interface BankSchool {
  id: string;
  name: string;
  municipality: string;
}

/** One practice as GET /api/v1/practices?school=… lists it (the fields these tests read). */
export interface BankListed {
  practiceId: string;
  revision: number;
  status: string;
  level?: string;
  comment?: string;
  reviewedAt?: string;
  authors: Array<{ mentorId?: string; fullName: string }>;
}

export interface Bank {
  url: string;
  /** School id → the school's token. */
  schoolTokens: Record<string, string>;
  methodologist: string;
  viewer: string;
  /** Raw bodies of the POST requests the service received ('in-process' only; empty for 'child'). */
  received: string[];
  /** The region's decision through POST /api/v1/practices/{id}/review with the methodologist's token. */
  review(practiceId: string, body: Record<string, string>): Promise<{ status: number; body: any }>;
  /** GET /api/v1/practices?school=… with the school's own token. */
  schoolView(schoolId: string): Promise<BankListed[]>;
  /** GET /api/v1/catalogue/practices?q=… with the viewer's token: the practice IDs found. */
  catalogueSearch(q: string): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * One request on its own connection: the Apps Script stand-in's UrlFetchApp blocks this process
 * longer than the service keeps an idle connection open, and a pooled one may be closed under it.
 */
function request(url: string, method: string, token: string, body?: unknown): Promise<{ status: number; body: any }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (payload !== undefined)
    Object.assign(headers, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
    });
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

type Started = { url: string; received: string[]; close(): Promise<void> };

async function inProcess(location: StoreLocation): Promise<Started> {
  const store = await openStore(location);
  const app = createApp({ store, adminTokenHash: hashToken(ADMIN_TOKEN) });
  const received: string[] = [];
  const server: ServerType = await new Promise((resolve) => {
    const s = serve(
      {
        fetch: async (request: Request) => {
          if (request.method === 'POST') received.push(await request.clone().text());
          return app.fetch(request);
        },
        hostname: '127.0.0.1',
        port: 0,
      },
      () => resolve(s),
    );
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    async close() {
      (server as Server).closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await store.close();
    },
  };
}

async function childProcess(location: StoreLocation): Promise<Started> {
  if ('memory' in location) throw new Error('the service process needs a store on disk or in PostgreSQL');
  const where =
    'databaseUrl' in location
      ? { DATABASE_URL: location.databaseUrl }
      : { DATABASE_URL: '', DATA_DIR: location.dataDir };
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-service/src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ADMIN_TOKEN, REGIONAL_SPREADSHEET_ID: '', ...where },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sync service did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += String(d);
      const m = /работает: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (!m) return;
      clearTimeout(timer);
      resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the sync service exited with ${code}:\n${output}`)));
  });
  return {
    url,
    received: [],
    async close() {
      if (child.exitCode !== null || !child.pid) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return; // already gone
      }
      await gone;
    },
  };
}

/** Starts the service on a fresh store of `backend` and registers `schools`. */
export async function startBank(backend: Backend, schools: BankSchool[], mode: 'in-process' | 'child'): Promise<Bank> {
  const place = await backend.create();
  let started: Started;
  try {
    started = mode === 'child' ? await childProcess(place.location) : await inProcess(place.location);
  } catch (error) {
    await place.drop();
    throw error;
  }
  const { url } = started;
  const call = (method: string, path: string, token: string, body?: unknown) =>
    request(url + path, method, token, body);
  const ok = async (method: string, path: string, token: string, body?: unknown) => {
    const answer = await call(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  const schoolTokens: Record<string, string> = {};
  for (const school of schools)
    schoolTokens[school.id] = (await ok('POST', '/api/v1/schools', ADMIN_TOKEN, { ...school, kind: 'school' })).token;
  const methodologist = (
    await ok('POST', '/api/v1/tokens', ADMIN_TOKEN, { role: 'methodologist', label: 'Методист РЦ' })
  ).token;
  const viewer = (await ok('POST', '/api/v1/tokens', ADMIN_TOKEN, { role: 'viewer' })).token;
  const received = started.received;

  return {
    url,
    schoolTokens,
    methodologist,
    viewer,
    received,
    review: (practiceId, body) =>
      call('POST', `/api/v1/practices/${encodeURIComponent(practiceId)}/review`, methodologist, body),
    async schoolView(schoolId) {
      return (await ok('GET', `/api/v1/practices?school=${encodeURIComponent(schoolId)}`, schoolTokens[schoolId]))
        .practices;
    },
    async catalogueSearch(q) {
      const found = await ok('GET', `/api/v1/catalogue/practices?q=${encodeURIComponent(q)}`, viewer);
      return found.practices.map((p: { practiceId: string }) => p.practiceId);
    },
    async stop() {
      try {
        await started.close();
      } finally {
        await place.drop();
      }
    },
  };
}

/** The calendar day of an instant in a fixed UTC offset, as UTC midnight of that day. */
export function dayAt(iso: string, offsetHours: number): Date {
  const shifted = new Date(Date.parse(iso) + offsetHours * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}
