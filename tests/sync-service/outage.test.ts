// PostgreSQL going away under concurrent pushes: the process lives, answers 503 with Retry-After,
// reconnects by itself, and every acknowledged report is stored exactly once.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, errorOf, postgresOnly, registerSchool, startService, type Service } from './harness';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

const CLIENTS = 25;
const REPORTS_PER_CLIENT = 4;

for (const backend of postgresOnly('a database outage')) {
  describe(`a database outage (${backend.name})`, () => {
    let service: Service;
    let proxy: TcpProxy;
    let drop: () => Promise<void>;
    const appName = `nastavnik_outage_${process.pid}`;
    const adminUrl = process.env.TEST_DATABASE_URL!;

    /** Ends the service's server connections the way a PostgreSQL shutdown does (57P01). */
    async function terminateBackends(): Promise<number> {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          'SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1',
          [appName],
        );
        return rows.length;
      } finally {
        await admin.end();
      }
    }

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      const url = new URL((place.location as { databaseUrl: string }).databaseUrl);
      proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
      url.hostname = '127.0.0.1';
      url.port = String(proxy.port);
      url.searchParams.set('application_name', appName);
      service = await startService({ databaseUrl: url.toString() }, { logInfo: () => undefined });
    });
    afterAll(async () => {
      await service?.close();
      await proxy?.close();
      await drop?.();
    });

    it('lives through it, answers 503 meanwhile, recovers and stores each acknowledged report once', async () => {
      const ids = Array.from({ length: CLIENTS }, (_, i) => `OUT-${i + 1}`);
      const tokens = await Promise.all(ids.map((id) => registerSchool(service, { id })));
      const report = (id: string, n: number) => ({ ...sampleReport({ id }), programs: n });
      const acknowledged = new Map<string, number[]>(ids.map((id) => [id, []]));
      let unavailable = 0;
      let retryAfterMissing = 0;
      let firstRoundDone!: () => void;
      const firstRound = new Promise<void>((resolve) => (firstRoundDone = resolve));
      let firstAcks = 0;

      // Each school pushes its reports in order, retrying a 503 as a client should.
      const clients = ids.map(async (id, i) => {
        for (let n = 1; n <= REPORTS_PER_CLIENT; n++) {
          for (let attempt = 0; ; attempt++) {
            if (attempt > 400) throw new Error(`${id}: report ${n} never acknowledged`);
            const res = await service.call('POST', '/api/v1/reports', { token: tokens[i], body: report(id, n) });
            if (res.status === 201 || res.status === 200) {
              await res.arrayBuffer();
              acknowledged.get(id)!.push(n);
              if (n === 1 && ++firstAcks === CLIENTS) firstRoundDone();
              break;
            }
            expect(res.status, await res.clone().text()).toBe(503);
            if (res.headers.get('retry-after') === null) retryAfterMissing++;
            expect((await errorOf(res)).message).toMatch(/PostgreSQL|База данных/);
            unavailable++;
            await new Promise((r) => setTimeout(r, 25));
          }
          if (n === 1) await firstRound;
        }
      });

      await firstRound;
      // A transaction borrowed at the moment the server goes away: its client's 'error' event
      // crashed the process before.
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      const held = service.store.driver.transaction(async (tx) => {
        await tx.query('SELECT 1');
        entered();
        await new Promise((r) => setTimeout(r, 200));
        await tx.query('SELECT 2');
      });
      const heldOutcome = held.then(
        () => null,
        (error: unknown) => error,
      );
      await inside;
      proxy.cut();
      expect(await terminateBackends()).toBeGreaterThanOrEqual(0);
      expect(await heldOutcome).toBeInstanceOf(Error);

      for (let i = 0; i < 400 && unavailable < CLIENTS; i++) await new Promise((r) => setTimeout(r, 25));
      expect(unavailable).toBeGreaterThanOrEqual(CLIENTS);
      const health = await service.call('GET', '/healthz');
      expect(health.status).toBe(503);
      expect(((await health.json()) as { reason: string }).reason).toMatch(/PostgreSQL/);
      expect((await service.call('GET', '/livez')).status).toBe(200);

      proxy.restore();
      await Promise.all(clients);
      expect(retryAfterMissing).toBe(0);
      expect((await service.call('GET', '/healthz')).status).toBe(200);

      for (const id of ids) {
        expect(acknowledged.get(id)).toEqual([1, 2, 3, 4]);
        const { revisions } = await service.json('GET', `/api/v1/schools/${id}/reports?period=2024`, 200, {
          token: ADMIN_TOKEN,
        });
        expect(revisions.map((r: { report: { programs: number } }) => r.report.programs).reverse()).toEqual([
          1, 2, 3, 4,
        ]);
      }
    });
  });
}
