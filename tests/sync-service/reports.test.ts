// Report revisions, survival of a restart, the hook for accepted reports and the sync endpoint without Google.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportAccepted } from '../../sync-service/src/app';
import type { StoreLocation } from '../../sync-service/src/store';
import { GOOGLE_NOT_CONFIGURED } from '../../sync-service/src/sync/pull';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, backends, registerSchool, startService, type Service } from './harness';

for (const backend of backends()) {
  describe(`report revisions (${backend.name})`, () => {
    let location: StoreLocation;
    let drop: () => Promise<void>;
    let service: Service;
    let token: string;
    const accepted: ReportAccepted[] = [];

    beforeAll(async () => {
      const place = await backend.create();
      location = place.location;
      drop = place.drop;
      service = await startService(location, { onReportAccepted: (e) => void accepted.push(e) });
      token = await registerSchool(service, { id: '42-0001', name: 'МБОУ «СОШ № 1»' });
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    it('answers 201 for the first report of a period and 200 when it is replaced, keeping every revision', async () => {
      const first = await service.json('POST', '/api/v1/reports', 201, { token, body: sampleReport() });
      expect(first).toMatchObject({
        schoolId: '42-0001',
        period: '2024',
        revision: 1,
        receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      const corrected = sampleReport();
      corrected.participants.menteeStudents10to19 = 140;
      const second = await service.json('POST', '/api/v1/reports', 200, { token, body: corrected });
      expect(second.revision).toBe(2);
      const other = await service.json('POST', '/api/v1/reports', 201, {
        token,
        body: sampleReport({ period: '2023' }),
      });
      expect(other.revision).toBe(1);

      const { id, revisions } = await service.json('GET', '/api/v1/schools/42-0001/reports?period=2024', 200, {
        token: ADMIN_TOKEN,
      });
      expect(id).toBe('42-0001');
      expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
      expect(revisions[0]).toMatchObject({
        schoolId: '42-0001',
        period: '2024',
        origin: 'push',
        receivedAt: second.receivedAt,
        report: corrected,
      });
      expect(revisions[1].report).toEqual(sampleReport());
      expect(revisions[0].receivedAt >= revisions[1].receivedAt).toBe(true);

      const all = await service.json('GET', '/api/v1/schools/42-0001/reports', 200, { token: ADMIN_TOKEN });
      expect(all.revisions.map((r: { period: string; revision: number }) => `${r.period}/${r.revision}`)).toEqual([
        '2023/1',
        '2024/2',
        '2024/1',
      ]);
    });

    it('counts only the latest revision in the indicators', async () => {
      const { schools } = await service.json('GET', '/api/v1/indicators?period=2024', 200, { token: ADMIN_TOKEN });
      expect(schools).toHaveLength(1);
      expect(schools[0].indicators.menteeStudentsShare).toMatchObject({ numerator: 140, denominator: 540 });
    });

    it('calls the accepted-report hook once per stored revision', async () => {
      await expect.poll(() => accepted.length).toBe(3);
      expect(accepted).toEqual([
        { schoolId: '42-0001', period: '2024', revision: 1 },
        { schoolId: '42-0001', period: '2024', revision: 2 },
        { schoolId: '42-0001', period: '2023', revision: 1 },
      ]);
    });

    it('numbers concurrent revisions of one school without gaps or duplicates', async () => {
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          service.call('POST', '/api/v1/reports', {
            token,
            body: { ...sampleReport({ period: '2022' }), programs: i },
          }),
        ),
      );
      // Exactly one push is the first of the period (201); the others replace it (200).
      expect(responses.map((r) => r.status).sort()).toEqual([...Array(11).fill(200), 201]);
      const { revisions } = await service.json('GET', '/api/v1/schools/42-0001/reports?period=2022', 200, {
        token: ADMIN_TOKEN,
      });
      expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
      expect(new Set(revisions.map((r: { report: { programs: number } }) => r.report.programs)).size).toBe(12);
    });

    it('stores an identical re-push once, also when the copies arrive together, and says so', async () => {
      const body = { ...sampleReport({ period: '2022' }), programs: 99 };
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => service.json('POST', '/api/v1/reports', 200, { token, body })),
      );
      expect(answers.filter((a) => a.unchanged === false)).toHaveLength(1);
      expect(new Set(answers.map((a) => a.revision))).toEqual(new Set([13]));
      const repeat = answers.find((a) => a.unchanged === true);
      expect(repeat.message).toBe('Отчёт не изменился с версии 13: новая версия не создана');
      const { total } = await service.json('GET', '/api/v1/schools/42-0001/reports?period=2022', 200, {
        token: ADMIN_TOKEN,
      });
      expect(total).toBe(13);
    });

    it('survives a restart on the same store: reports, region, school and viewer tokens', async () => {
      await service.json('PUT', '/api/v1/region', 200, {
        token: ADMIN_TOKEN,
        body: { name: 'Кемеровская область', enterprises: 100 },
      });
      const { token: viewer } = await service.json('POST', '/api/v1/tokens', 201, {
        token: ADMIN_TOKEN,
        body: { role: 'viewer' },
      });
      const before = await service.json('GET', '/api/v1/indicators?period=2024', 200, { token: viewer });
      await service.close();

      service = await startService(location, { onReportAccepted: (e) => void accepted.push(e) });
      const after = await service.json('GET', '/api/v1/indicators?period=2024', 200, { token: viewer });
      expect(after).toEqual(before);
      expect(after.region.name).toBe('Кемеровская область');
      const { revisions } = await service.json('GET', '/api/v1/schools/42-0001/reports?period=2024', 200, {
        token: ADMIN_TOKEN,
      });
      expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
      const third = await service.json('POST', '/api/v1/reports', 200, { token, body: sampleReport() });
      expect(third.revision).toBe(3);
    });

    it('keeps the previous state when a report is refused', async () => {
      const bad = sampleReport();
      bad.contingent.students10to19 = 1;
      await service.json('POST', '/api/v1/reports', 400, { token, body: bad });
      const { revisions } = await service.json('GET', '/api/v1/schools/42-0001/reports?period=2024', 200, {
        token: ADMIN_TOKEN,
      });
      expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([3, 2, 1]);
    });
  });

  describe(`sync endpoint without Google (${backend.name})`, () => {
    let drop: () => Promise<void>;
    let service: Service;

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      service = await startService(place.location);
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    it('reports every Google-sourced school as not configured, and skips pushing schools', async () => {
      await registerSchool(service, {
        id: 'G1',
        source: { type: 'google', spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' },
      });
      await registerSchool(service, { id: 'P1' });
      await registerSchool(service, {
        id: 'G2',
        source: { type: 'google', spreadsheetId: '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210' },
      });
      const started = await service.json('POST', '/api/v1/sync', 202, { token: ADMIN_TOKEN });
      expect(started).toMatchObject({ total: 2, statusUrl: `/api/v1/sync/${started.id}` });
      await expect
        .poll(async () => (await service.json('GET', started.statusUrl, 200, { token: ADMIN_TOKEN })).state)
        .toBe('done');
      const { results } = await service.json('GET', '/api/v1/sync/latest', 200, { token: ADMIN_TOKEN });
      expect(results).toEqual([
        { id: 'G1', status: 'error', error: GOOGLE_NOT_CONFIGURED },
        { id: 'G2', status: 'error', error: GOOGLE_NOT_CONFIGURED },
      ]);
      expect(GOOGLE_NOT_CONFIGURED).toMatch(/^Доступ к Google не настроен: задайте GOOGLE_APPLICATION_CREDENTIALS/);
    });

    it('shows each school’s source and pull status in the indicators', async () => {
      await service.store.schools.recordSyncError('G1', new Date('2024-05-01T10:00:00Z'), 'Нет доступа к таблице');
      await service.store.schools.recordSyncSuccess('G2', new Date('2024-05-01T09:00:00Z'));
      await service.store.schools.recordSyncError('G2', new Date('2024-05-01T08:00:00Z'), 'Старая ошибка');
      const { missing } = await service.json('GET', '/api/v1/indicators?period=2024', 200, { token: ADMIN_TOKEN });
      const byId = Object.fromEntries(missing.map((m: { id: string }) => [m.id, m]));
      expect(byId.G1).toMatchObject({
        source: 'google',
        lastSyncAt: null,
        lastSyncError: 'Нет доступа к таблице',
        lastSyncErrorAt: '2024-05-01T10:00:00.000Z',
      });
      // An error older than the last success is no longer current.
      expect(byId.G2).toMatchObject({ source: 'google', lastSyncAt: '2024-05-01T09:00:00.000Z', lastSyncError: null });
      expect(byId.P1).toMatchObject({ source: 'push', lastSyncAt: null, lastSyncError: null });
    });
  });
}
