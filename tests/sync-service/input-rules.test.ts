// The same input rules and bounds on both stores, and bounded work per request.
import { serve } from '@hono/node-server';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../sync-service/src/app';
import { hashToken } from '../../sync-service/src/auth/token';
import { serverOptions } from '../../sync-service/src/http/server-options';
import type { StoreLocation } from '../../sync-service/src/store';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, backends, errorOf, registerSchool, startService, type Service } from './harness';

const school = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `ОО ${id}`,
  municipality: 'М',
  kind: 'school',
  ...extra,
});

for (const backend of backends()) {
  describe(`input rules (${backend.name})`, () => {
    let drop: () => Promise<void>;
    let location: StoreLocation;
    let service: Service;
    let clock = new Date('2025-03-01T10:00:00Z');
    const infos: string[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      location = place.location;
      service = await startService(location, {
        now: () => clock,
        limits: { revisionsPerDay: 1_000, schoolQuotaBytes: 1024 ** 3 },
        logInfo: (line) => void infos.push(line),
        logError: (line) => void errors.push(line),
      });
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    it('refuses NUL and other control characters with 400 naming the field, before either store sees them', async () => {
      const cases: Array<[string, string, unknown, string]> = [
        ['POST', '/api/v1/schools', school('N1', { name: 'Школа\u0000' }), 'name'],
        ['PUT', '/api/v1/region', { name: 'Регион\u0000' }, 'name'],
        ['POST', '/api/v1/schools', school('N1', { municipality: 'М\u0007' }), 'municipality'],
      ];
      for (const [method, path, body, field] of cases) {
        const res = await service.call(method, path, { token: ADMIN_TOKEN, body });
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.issues).toEqual([
          {
            path: field,
            message: expect.stringMatching(new RegExp(`управляющий символ U\\+00(00|07) в поле «${field}»`)),
          },
        ]);
      }
      const token = await registerSchool(service, { id: 'N2' });
      const report = await service.call('POST', '/api/v1/reports', {
        token,
        body: sampleReport({ id: 'N2', name: 'СОШ\u0000' }),
      });
      expect((await errorOf(report)).issues[0].path).toBe('school.name');
      for (const path of ['/api/v1/schools/N%002/reports', '/api/v1/schools/N2/reports?period=2024%00']) {
        const res = await service.call('GET', path, { token: ADMIN_TOKEN });
        expect(res.status, path).toBe(400);
        expect((await errorOf(res)).issues[0].message).toMatch(/управляющий символ U\+0000/);
      }
      expect(await service.store.schools.get('N1')).toBeNull();
    });

    it('bounds every count (saying the limit) and every list, and lists at most 100 issues with the total', async () => {
      const token = await registerSchool(service, { id: 'B1' });
      const huge = {
        ...sampleReport({ id: 'B1' }),
        contingent: { ...sampleReport().contingent, students10to19: 2 ** 53 - 1 },
      };
      const big = await errorOf(await service.call('POST', '/api/v1/reports', { token, body: huge }));
      expect(big.issues.find((i) => i.path === 'contingent.students10to19')?.message).toMatch(
        /больше предела 1\s000\s000/,
      );

      const region = await service.call('PUT', '/api/v1/region', {
        token: ADMIN_TOKEN,
        body: { name: 'Регион', population: { children10to19: 2 ** 53 - 1 } },
      });
      expect((await errorOf(region)).issues[0]).toEqual({
        path: 'population.children10to19',
        message: expect.stringMatching(/больше предела 100\s000\s000/),
      });

      const flood = { ...sampleReport({ id: 'B1' }), enterprises: Array.from({ length: 300_000 }, () => 0) };
      const floodRes = await service.call('POST', '/api/v1/reports', { token, body: flood });
      expect(floodRes.status).toBe(400);
      expect((await errorOf(floodRes)).issues).toEqual([
        { path: 'enterprises', message: expect.stringMatching(/не больше 10\s000/) },
      ]);

      const many = {
        ...sampleReport({ id: 'B1' }),
        enterprises: Array.from({ length: 5_000 }, () => ({ inn: 'x', name: '' })),
      };
      const manyRes = await errorOf(await service.call('POST', '/api/v1/reports', { token, body: many }));
      expect(manyRes.issues).toHaveLength(100);
      expect(manyRes.message).toMatch(/показаны первые 100 замечаний из \d{4,}/);
    });

    it('accepts periods from 2019 to next year only, and opens the dashboard on the year most schools report for', async () => {
      const tokens = await Promise.all(['P1', 'P2', 'P3'].map((id) => registerSchool(service, { id })));
      for (const period of ['9999', '2018', '2027']) {
        const res = await service.call('POST', '/api/v1/reports', {
          token: tokens[0],
          body: sampleReport({ id: 'P1', period }),
        });
        expect(res.status, period).toBe(400);
        expect((await errorOf(res)).issues).toEqual([
          { path: 'period', message: `Период — год от 2019 до 2026, получено: ${period}` },
        ]);
      }
      await service.json('POST', '/api/v1/reports', 201, {
        token: tokens[0],
        body: sampleReport({ id: 'P1', period: '2026' }),
      });
      await service.json('POST', '/api/v1/reports', 201, {
        token: tokens[1],
        body: sampleReport({ id: 'P2', period: '2019' }),
      });
      await service.json('POST', '/api/v1/reports', 201, {
        token: tokens[2],
        body: sampleReport({ id: 'P3', period: '2019' }),
      });
      const { period, periods } = await service.json('GET', '/api/v1/indicators', 200, { token: ADMIN_TOKEN });
      expect(period).toBe('2019');
      expect(periods).toEqual(['2026', '2019']);
    });

    it('normalises school ids (full-width is Latin) and refuses dot-only ids', async () => {
      for (const id of ['.', '..', '...']) {
        const res = await service.call('POST', '/api/v1/schools', { token: ADMIN_TOKEN, body: school(id) });
        expect(res.status, id).toBe(400);
        expect((await errorOf(res)).issues[0].message).toContain('из одних точек');
      }
      const { id, token } = await service.json('POST', '/api/v1/schools', 201, {
        token: ADMIN_TOKEN,
        body: school('Ｆ１'),
      });
      expect(id).toBe('F1');
      expect((await service.call('POST', '/api/v1/schools', { token: ADMIN_TOKEN, body: school('F1') })).status).toBe(
        409,
      );
      await service.json('POST', '/api/v1/reports', 201, { token, body: sampleReport({ id: 'Ｆ1' }) });
      const listed = await service.json('GET', `/api/v1/schools/${encodeURIComponent('Ｆ１')}/reports`, 200, {
        token: ADMIN_TOKEN,
      });
      expect(listed.id).toBe('F1');
      expect(listed.revisions[0].report.school.id).toBe('F1');
    });

    it('caps revisions per school and day with 429, not counting identical re-pushes, and enforces a byte quota', async () => {
      const capped = await startService(location, {
        now: () => clock,
        limits: { revisionsPerDay: 3, schoolQuotaBytes: 1024 ** 3 },
      });
      try {
        const token = await registerSchool(capped, { id: 'CAP' });
        for (let n = 1; n <= 3; n++)
          await capped.json('POST', '/api/v1/reports', n === 1 ? 201 : 200, {
            token,
            body: { ...sampleReport({ id: 'CAP' }), programs: n },
          });
        const same = await capped.json('POST', '/api/v1/reports', 200, {
          token,
          body: { ...sampleReport({ id: 'CAP' }), programs: 3 },
        });
        expect(same).toMatchObject({ revision: 3, unchanged: true });
        const over = await capped.call('POST', '/api/v1/reports', {
          token,
          body: { ...sampleReport({ id: 'CAP' }), programs: 4 },
        });
        expect(over.status).toBe(429);
        expect(Number(over.headers.get('retry-after'))).toBe(14 * 3600);
        expect(await errorOf(over)).toMatchObject({
          code: 'too_many_revisions',
          message: expect.stringContaining('уже прислала 3 версий отчёта за сутки'),
        });
        clock = new Date('2025-03-02T00:00:01Z');
        await capped.json('POST', '/api/v1/reports', 200, {
          token,
          body: { ...sampleReport({ id: 'CAP' }), programs: 4 },
        });
      } finally {
        await capped.close();
        clock = new Date('2025-03-01T10:00:00Z');
      }
      const size = Buffer.byteLength(JSON.stringify(sampleReport({ id: 'Q' })));
      const quota = await startService(location, {
        now: () => clock,
        limits: { revisionsPerDay: 100, schoolQuotaBytes: size * 2 + 10 },
      });
      try {
        const token = await registerSchool(quota, { id: 'Q' });
        for (let n = 1; n <= 2; n++)
          await quota.call('POST', '/api/v1/reports', {
            token,
            body: { ...sampleReport({ id: 'Q' }), programs: 10 + n },
          });
        const full = await quota.call('POST', '/api/v1/reports', {
          token,
          body: { ...sampleReport({ id: 'Q' }), programs: 13 },
        });
        expect(full.status).toBe(429);
        expect((await errorOf(full)).code).toBe('quota_exceeded');
      } finally {
        await quota.close();
      }
    });

    it('lists 600 big revisions page by page', { timeout: 120_000 }, async () => {
      const token = await registerSchool(service, { id: 'BIG' });
      const filler = Array.from({ length: 400 }, (_, i) => ({
        inn: String(7_700_000_000 + i),
        name: `ООО «${'Предприятие '.repeat(18)}${i}»`,
      }));
      // Written in one transaction: the listing is under test here, not 600 round trips.
      await service.store.driver.transaction(async (tx) => {
        for (let n = 1; n <= 600; n++) {
          const report = JSON.stringify({ ...sampleReport({ id: 'BIG' }), enterprises: filler, programs: n });
          await tx.execute(
            "INSERT INTO report_revisions (school_id, period, revision, received_at, origin, report, bytes) VALUES ('BIG', '2024', $1, $2, 'push', $3, $4)",
            [n, clock.toISOString(), report, report.length],
          );
        }
      });
      // The insert held the event loop: let the keep-alive timers that fell due meanwhile run, so the
      // next request does not pick a pooled connection the server is closing at that very moment.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(
        Buffer.byteLength(JSON.stringify({ ...sampleReport({ id: 'BIG' }), enterprises: filler })),
      ).toBeGreaterThan(100_000);
      expect((await service.call('GET', '/api/v1/schools/BIG/reports?limit=51', { token: ADMIN_TOKEN })).status).toBe(
        400,
      );
      const first = await service.json('GET', '/api/v1/schools/BIG/reports', 200, { token: ADMIN_TOKEN });
      expect(first).toMatchObject({
        total: 600,
        offset: 0,
        limit: 20,
        next: '/api/v1/schools/BIG/reports?limit=20&offset=20',
      });
      const seen: number[] = [];
      let next: string | null = '/api/v1/schools/BIG/reports?period=2024&limit=50';
      for (let page = 0; next && page < 20; page++) {
        const body: { revisions: Array<{ revision: number }>; next: string | null } = await service.json(
          'GET',
          next,
          200,
          { token: ADMIN_TOKEN },
        );
        expect(body.revisions.length).toBeLessThanOrEqual(50);
        seen.push(...body.revisions.map((r) => r.revision));
        next = body.next;
      }
      expect(next).toBeNull();
      expect(seen).toEqual(Array.from({ length: 600 }, (_, i) => 600 - i));
      void token;
    });

    it('lets the admin withdraw a revision: kept and listed as withdrawn, out of the tables', async () => {
      const token = await registerSchool(service, { id: 'W1' });
      await service.json('POST', '/api/v1/reports', 201, {
        token,
        body: { ...sampleReport({ id: 'W1', period: '2020' }), programs: 1 },
      });
      await service.json('POST', '/api/v1/reports', 200, {
        token,
        body: { ...sampleReport({ id: 'W1', period: '2020' }), programs: 2 },
      });
      const programs = async () =>
        (await service.json('GET', '/api/v1/indicators?period=2020', 200, { token: ADMIN_TOKEN })).schools.map(
          (s: { id: string }) => s.id,
        );
      expect(await programs()).toEqual(['W1']);
      expect((await service.call('POST', '/api/v1/schools/W1/reports/2020/2/withdraw', { token })).status).toBe(403);
      const done = await service.json('POST', '/api/v1/schools/W1/reports/2020/2/withdraw', 200, {
        token: ADMIN_TOKEN,
      });
      expect(done.message).toContain('отозвана');
      expect((await service.store.reports.current('2020')).map((r) => r.report.programs)).toEqual([1]);
      await service.json('POST', '/api/v1/schools/W1/reports/2020/1/withdraw', 200, { token: ADMIN_TOKEN });
      expect(await programs()).toEqual([]);
      const { revisions } = await service.json('GET', '/api/v1/schools/W1/reports?period=2020', 200, {
        token: ADMIN_TOKEN,
      });
      expect(revisions.map((r: { withdrawnAt: string | null }) => r.withdrawnAt)).toEqual([
        clock.toISOString(),
        clock.toISOString(),
      ]);
      expect(
        (await service.call('POST', '/api/v1/schools/W1/reports/2020/3/withdraw', { token: ADMIN_TOKEN })).status,
      ).toBe(404);
      // A later push of the same numbers is a new, current revision.
      const again = await service.json('POST', '/api/v1/reports', 200, {
        token,
        body: { ...sampleReport({ id: 'W1', period: '2020' }), programs: 2 },
      });
      expect(again).toMatchObject({ revision: 3, unchanged: false });
    });

    it('logs an aborted upload as one info line, no internal error', async () => {
      const token = await registerSchool(service, { id: 'AB' });
      const { port } = new URL(service.url);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(
        `POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"schemaVersion":1,`,
      );
      await new Promise((r) => setTimeout(r, 300));
      socket.destroy();
      for (let i = 0; i < 200 && !infos.some((l) => l.includes('прервал')); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(infos.filter((l) => l.includes('прервал'))).toEqual([
        'Клиент прервал передачу тела запроса: POST /api/v1/reports',
      ]);
      expect(errors).toEqual([]);
    });
  });
}

describe('slow connections', () => {
  it('are closed once their headers take longer than the limit, while others are served', async () => {
    const { openStore } = await import('../../sync-service/src/store');
    const store = await openStore({ memory: true });
    const app = createApp({ store, adminTokenHash: hashToken(ADMIN_TOKEN) });
    const server = serve({
      fetch: app.fetch,
      port: 0,
      hostname: '127.0.0.1',
      serverOptions: serverOptions({ headersMs: 300, requestMs: 1_000, checkEveryMs: 100 }),
    });
    await new Promise((r) => (server as Server).once('listening', r));
    const port = ((server as Server).address() as AddressInfo).port;
    try {
      const slow = connect(port, '127.0.0.1');
      slow.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
      let answer = '';
      slow.on('data', (d: Buffer) => (answer += d.toString()));
      await new Promise<void>((resolve) => slow.once('close', () => resolve()));
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect((await fetch(`http://127.0.0.1:${port}/livez`)).status).toBe(200);
    } finally {
      (server as Server).closeAllConnections();
      await new Promise((r) => server.close(r));
      await store.close();
    }
  });
});
