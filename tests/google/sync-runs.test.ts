// Sync as a background run, through the real app and the real googleapis client against the
// Sheets/Drive stand-in: POST /api/v1/sync answers 202 while the pull goes on, the status URL shows
// progress until the end, and one run at a time across replicas.
import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../sync-service/src/app';
import { hashToken } from '../../sync-service/src/auth/token';
import type { GoogleGateway } from '../../sync-service/src/google/gateway';
import type { Store } from '../../sync-service/src/store';
import { ABANDONED_RUN, SyncRunStore } from '../../sync-service/src/sync/run-store';
import { createSyncService, type SyncService } from '../../sync-service/src/sync/service';
import { startSheetsStandin, type SheetsStandin } from '../../testkit/sheets-standin';
import { fastClock } from './support/fast-clock';
import { GOOGLE_SCHOOLS, putSpreadsheets, registerSchools, SCHOOLS } from './support/fixtures';
import { standinGateway, STANDIN_TOKEN } from '../../testkit/google/standin';
import { STORE_KINDS, type TestDatabase } from './support/stores';

const [A, B, C] = GOOGLE_SCHOOLS;
const ADMIN_TOKEN = 'admin-token-of-the-sync-runs-test-0123456789';
const FAILED_C = `Google API ответил ошибкой 500 на 7 попыток подряд (таблица ${C.spreadsheetId}); повторим при следующей синхронизации`;

/** A gateway whose read of one spreadsheet waits until the test opens the gate. */
function gatedGateway(inner: GoogleGateway, spreadsheetId: string) {
  let open!: () => void;
  let arrived!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const reached = new Promise<void>((resolve) => (arrived = resolve));
  const gateway: GoogleGateway = {
    fileVersions: (ids) => inner.fileVersions(ids),
    async readReportSheets(id) {
      if (id === spreadsheetId) {
        arrived();
        await gate;
      }
      return inner.readReportSheets(id);
    },
    writeSheets: (id, sheets) => inner.writeSheets(id, sheets),
    requestCounts: () => inner.requestCounts(),
  };
  return { gateway, open, reached };
}

describe.each(STORE_KINDS)('sync as a background run on $name', (kind) => {
  let db: TestDatabase;
  let store: Store;
  let standin: SheetsStandin;
  const services: SyncService[] = [];
  const servers: ServerType[] = [];

  beforeEach(async () => {
    standin = await startSheetsStandin({ token: STANDIN_TOKEN });
    db = await kind.create();
    store = await db.open();
    await registerSchools(store);
    putSpreadsheets(standin);
  });

  afterEach(async () => {
    for (const s of services.splice(0)) await s.stop();
    for (const s of servers.splice(0)) {
      (s as Server).closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
    await standin.close();
    await db.drop();
  });

  function syncService(on: Store, gateway: GoogleGateway): SyncService {
    const s = createSyncService({ store: on, gateway, log: () => undefined, readsPerMinute: 60 });
    services.push(s);
    return s;
  }

  async function serveApp(on: Store, sync: SyncService) {
    const app = createApp({ store: on, adminTokenHash: hashToken(ADMIN_TOKEN), sync, logError: () => undefined });
    const base = await new Promise<string>((resolve) => {
      servers.push(
        serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
          resolve(`http://127.0.0.1:${info.port}`),
        ),
      );
    });
    return async (method: string, path: string, token = ADMIN_TOKEN) => {
      const res = await fetch(base + path, { method, headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, location: res.headers.get('location'), body: (await res.json()) as any };
    };
  }

  it('POST answers 202 while the run goes on; the status URL shows progress until done, a school failing with 500 included', async () => {
    standin.fail(C.spreadsheetId!, { status: 500 });
    const { gateway, open, reached } = gatedGateway(standinGateway(standin, fastClock(5000)), C.spreadsheetId!);
    const call = await serveApp(store, syncService(store, gateway));

    const started = await call('POST', '/api/v1/sync');
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      state: 'running',
      trigger: 'manual',
      total: 3,
      finishedAt: null,
      statusUrl: `/api/v1/sync/${started.body.id}`,
    });
    expect(started.location).toBe(started.body.statusUrl);

    // C waits at the gate: the other two finish, the run is still going and says so.
    await reached;
    await expect.poll(async () => (await call('GET', started.body.statusUrl)).body.done).toBe(2);
    const midway = (await call('GET', started.body.statusUrl)).body;
    expect(midway).toMatchObject({ state: 'running', total: 3, done: 2, estimatedSecondsLeft: 1 });
    expect(midway.results).toEqual(
      expect.arrayContaining([
        { id: A.id, status: 'ok' },
        { id: B.id, status: 'ok' },
      ]),
    );

    // Asking again while it runs gives the same run, and so does /latest.
    const again = await call('POST', '/api/v1/sync');
    expect(again).toMatchObject({ status: 202, body: { id: started.body.id, state: 'running' } });
    expect((await call('GET', '/api/v1/sync/latest')).body.id).toBe(started.body.id);

    open();
    await expect.poll(async () => (await call('GET', started.body.statusUrl)).body.state).toBe('done');
    const done = (await call('GET', started.body.statusUrl)).body;
    expect(done).toMatchObject({ total: 3, done: 3, estimatedSecondsLeft: null, error: null });
    expect(Date.parse(done.finishedAt)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
    expect(done.results).toEqual([
      { id: A.id, status: 'ok' },
      { id: B.id, status: 'ok' },
      { id: C.id, status: 'error', error: FAILED_C },
    ]);
    expect(await store.reports.revisions(C.id)).toEqual([]);

    const pushing = SCHOOLS.find((s) => !s.spreadsheetId)!;
    expect((await call('GET', started.body.statusUrl, pushing.token)).status).toBe(403);
    expect((await call('POST', '/api/v1/sync', pushing.token)).status).toBe(403);
    const unknown = await call('GET', '/api/v1/sync/no-such-run');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('another replica asked while a run goes on answers with that run, and starts none of its own', async () => {
    const first = gatedGateway(standinGateway(standin, fastClock(5000)), A.spreadsheetId!);
    const running = await syncService(store, first.gateway).begin();
    await first.reached;

    const replica = await db.open();
    const second = syncService(replica, standinGateway(standin, fastClock(5000)));
    const call = await serveApp(replica, second);
    const answer = await call('POST', '/api/v1/sync');
    expect(answer).toMatchObject({ status: 202, body: { id: running!.id, state: 'running' } });
    expect((await call('GET', '/api/v1/sync/latest')).body.id).toBe(running!.id);

    first.open();
    await expect.poll(async () => (await call('GET', `/api/v1/sync/${running!.id}`)).body.state).toBe('done');
    expect(standin.requestCount(A.spreadsheetId!)).toBe(1);
  });

  it('a run left "running" by a replica that stopped is marked failed when the next run starts', async () => {
    const runs = new SyncRunStore(store.driver);
    await runs.create({ id: 'stale', trigger: 'schedule', startedAt: '2024-05-01T10:00:00.000Z', total: 3 });
    const result = await syncService(store, standinGateway(standin, fastClock(5000))).run();
    expect(await runs.get('stale')).toMatchObject({ state: 'failed', error: ABANDONED_RUN, done: 0 });
    expect(await runs.get(result.id!)).toMatchObject({ state: 'done', total: 3, done: 3 });
    expect((await runs.latest())!.id).toBe(result.id);
  });
});
