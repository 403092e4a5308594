// The demo region loaded through the public API into a real (in-memory SQLite) store.
import { afterEach, describe, expect, it } from 'vitest';
import { isValidInn } from '../../shared/report';
import { createApp } from '../../sync-service/src/app';
import { generateToken, hashToken } from '../../sync-service/src/auth/token';
import { loadDemoRegion } from '../../sync-service/src/demo/index';
import type { IndicatorsResponse } from '../../sync-service/src/indicators';
import { openStore, type Store } from '../../sync-service/src/store';

const ADMIN = generateToken();
const CURRENT = String(new Date().getFullYear());
const PREVIOUS = String(new Date().getFullYear() - 1);
const stores: Store[] = [];

async function demoApp() {
  const store = await openStore({ memory: true });
  stores.push(store);
  const app = createApp({ store, adminTokenHash: hashToken(ADMIN), demo: true });
  await loadDemoRegion(app, ADMIN);
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(path, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };
  return { app, store, get };
}

/** The tables without arrival times, which differ between loads. */
function withoutTimes(tables: IndicatorsResponse): unknown {
  return { ...tables, schools: tables.schools.map(({ reportedAt: _reportedAt, ...rest }) => rest) };
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

describe('demo region', () => {
  it('registers about 40 organisations of every kind in 5 municipalities, some of which have not reported', async () => {
    const { store, get } = await demoApp();
    const current = await get<IndicatorsResponse>(`/api/v1/indicators?period=${CURRENT}`);
    const previous = await get<IndicatorsResponse>(`/api/v1/indicators?period=${PREVIOUS}`);
    expect(current.demo).toBe(true);
    expect(current.periods).toEqual([CURRENT, PREVIOUS]);
    expect(current.region.schoolsRegistered).toBeGreaterThanOrEqual(35);
    expect(current.region.schoolsRegistered).toBeLessThanOrEqual(45);
    expect(current.municipalities).toHaveLength(5);
    expect(new Set((await store.schools.list()).map((s) => s.kind))).toEqual(
      new Set(['school', 'college', 'additional']),
    );
    for (const tables of [current, previous]) {
      expect(tables.missing.length).toBeGreaterThan(0);
      expect(tables.region.schoolsReporting + tables.missing.length).toBe(tables.region.schoolsRegistered);
    }
  });

  it('sets the region: name, enterprises, population and targets for both years', async () => {
    const { get } = await demoApp();
    const region = await get<{
      name: string;
      enterprises: number;
      population: Record<string, number>;
      targets: Record<string, unknown>;
    }>('/api/v1/region');
    expect(region.name).toMatch(/демо/);
    expect(region.enterprises).toBeGreaterThan(0);
    expect(Object.values(region.population).every((n) => n > 0)).toBe(true);
    expect(Object.keys(region.targets).sort()).toEqual([PREVIOUS, CURRENT]);
    const current = await get<IndicatorsResponse>(`/api/v1/indicators?period=${CURRENT}`);
    expect(current.region.indicators.menteeStudentsShare.denominator).toBe(region.population.children10to19);
    expect(current.region.indicators.enterprisesShare.denominator).toBe(region.enterprises);
  });

  it('sends consistent reports with valid ИНН, enterprises shared between organisations, and corrected revisions', async () => {
    const { store, get } = await demoApp();
    const current = await get<IndicatorsResponse>(`/api/v1/indicators?period=${CURRENT}`);
    const reports = await store.reports.current(CURRENT);
    const inns = reports.flatMap((r) => r.report.enterprises.map((e) => e.inn));
    expect(inns.length).toBeGreaterThan(0);
    expect(inns.every(isValidInn)).toBe(true);
    expect(inns.some((inn) => inn.length === 12)).toBe(true);
    // Counted once in the region however many organisations name it.
    expect(current.region.indicators.enterprisesShare.numerator).toBe(new Set(inns).size);
    expect(new Set(inns).size).toBeLessThan(inns.length);
    const sharedByColleges = new Set(
      reports
        .filter((r) => r.report.school.kind === 'college')
        .flatMap((r) => r.report.enterprises.map((e) => e.inn))
        .filter((inn, i, all) => all.indexOf(inn) !== i),
    );
    expect(sharedByColleges.size).toBeGreaterThan(0);
    for (const { report } of reports) {
      expect(report.participants.menteeStudents10to19).toBeLessThanOrEqual(report.contingent.students10to19);
      expect(report.participants.mentorStudents15to19).toBeGreaterThan(0);
      expect(report.satisfaction.mentees.respondents).toBeGreaterThan(0);
    }
    const revised = [];
    for (const s of current.schools) {
      const { revisions } = await get<{ revisions: unknown[] }>(`/api/v1/schools/${s.id}/reports?period=${CURRENT}`);
      if (revisions.length > 1) revised.push(s.id);
    }
    expect(revised.length).toBeGreaterThan(0);
  });

  it('is the same region at every load, and leaves a region that already has schools alone', async () => {
    const first = await demoApp();
    const second = await demoApp();
    for (const period of [CURRENT, PREVIOUS]) {
      const a = await first.get<IndicatorsResponse>(`/api/v1/indicators?period=${period}`);
      const b = await second.get<IndicatorsResponse>(`/api/v1/indicators?period=${period}`);
      expect(withoutTimes(b)).toEqual(withoutTimes(a));
    }
    const before = await first.get<IndicatorsResponse>(`/api/v1/indicators?period=${CURRENT}`);
    await loadDemoRegion(first.app, ADMIN);
    expect(await first.get<IndicatorsResponse>(`/api/v1/indicators?period=${CURRENT}`)).toEqual(before);
  });

  it('has a bank of practices: accepted ones in the catalogue, one waiting, one returned with a comment', async () => {
    const { get } = await demoApp();
    const catalogue = await get<{ practices: Array<{ level: string }> }>('/api/v1/catalogue/practices');
    expect(catalogue.practices.map((p) => p.level).sort()).toEqual(['municipal', 'municipal', 'regional']);
    const review = await get<{ practices: Array<{ status: string; comment?: string }> }>('/api/v1/practices');
    expect(review.practices.map((p) => p.status).sort()).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'returned',
      'submitted',
    ]);
    expect(review.practices.find((p) => p.status === 'returned')?.comment).toMatch(/^Добавьте/);
    const found = await get<{ practices: unknown[] }>(
      `/api/v1/catalogue/practices?q=${encodeURIComponent('наставника')}`,
    );
    expect(found.practices).toHaveLength(1);
  });
});
