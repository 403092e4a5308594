// Loads the demo region through the public API only, so it exercises exactly what real schools use.
import type { SchoolReport } from '../../../shared/report';
import { demoPracticeCards } from './practices';
import { demoReport } from './reports';
import { seeded } from './random';
import { DEMO_REGION_ENTERPRISES, DEMO_REGION_NAME, demoEnterprises, demoOrganisations } from './region';

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> };

/** Organisations that have not reported: in the current year, and in the year before. */
const NOT_REPORTING = { current: 5, previous: 2 } as const;
/** Organisations whose current report was corrected once, so they have two revisions. */
const CORRECTED = 3;

const TARGETS = (current: number) => ({
  [current - 1]: {
    menteeStudentsShare: 65,
    mentorStudentsShare: 9,
    menteeYoungTeachersShare: 12,
    enterprisesShare: 12,
    mentorSatisfaction: 65,
    menteeSatisfaction: 65,
  },
  [current]: {
    menteeStudentsShare: 75,
    mentorStudentsShare: 10,
    menteeYoungTeachersShare: 15,
    enterprisesShare: 15,
    mentorSatisfaction: 70,
    menteeSatisfaction: 70,
  },
});

function apiClient(app: App) {
  return async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
    const res = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`Демо-регион: ${method} ${path} вернул ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
}

const roundTo = (n: number, step: number) => Math.round(n / step) * step;

/** The region's own head counts: the contingents of every school and college (centres of additional
 *  education teach the same children, so they are not added twice). */
function population(reports: SchoolReport[]) {
  const counted = reports.filter((r) => r.school.kind !== 'additional');
  const sum = (pick: (r: SchoolReport) => number) => counted.reduce((n, r) => n + pick(r), 0);
  return {
    children10to19: roundTo(
      sum((r) => r.contingent.students10to19),
      100,
    ),
    children15to19: roundTo(
      sum((r) => r.contingent.students15to19),
      100,
    ),
    youngTeachers: roundTo(
      sum((r) => r.contingent.youngTeachers),
      10,
    ),
  };
}

/** An earlier, incomplete version of a report, sent before the final one. */
function draftOf(report: SchoolReport): SchoolReport {
  const p = report.participants;
  return {
    ...report,
    participants: {
      ...p,
      menteeStudents10to19: Math.round(p.menteeStudents10to19 * 0.8),
      mentorTeachers: Math.round(p.mentorTeachers * 0.8),
    },
  };
}

/**
 * Fills an empty region with about 40 invented organisations in 5 municipalities and their reports
 * for the current year and the previous one. Deterministic; does nothing when schools are already registered.
 */
export async function loadDemoRegion(app: App, adminToken: string): Promise<void> {
  const call = apiClient(app);
  const year = new Date().getFullYear();
  const periods = { current: String(year), previous: String(year - 1) } as const;

  const existing = await call<{ region: { schoolsRegistered: number } }>(
    'GET',
    `/api/v1/indicators?period=${periods.current}`,
    adminToken,
  );
  if (existing.region.schoolsRegistered > 0) return;

  const organisations = demoOrganisations();
  const enterprises = demoEnterprises();
  const random = seeded('demo-region');
  const silent = {
    current: new Set(random.sample(organisations, NOT_REPORTING.current).map((o) => o.id)),
    previous: new Set(random.sample(organisations, NOT_REPORTING.previous).map((o) => o.id)),
  };
  const corrected = new Set(
    random
      .sample(
        organisations.filter((o) => !silent.current.has(o.id)),
        CORRECTED,
      )
      .map((o) => o.id),
  );

  await call('PUT', '/api/v1/region', adminToken, {
    name: DEMO_REGION_NAME,
    enterprises: DEMO_REGION_ENTERPRISES,
    population: population(organisations.map((o) => demoReport(o, periods.current, 'current', enterprises))),
    targets: TARGETS(year),
  });

  const tokens = new Map<string, string>();
  await Promise.all(
    organisations.map(async (org) => {
      const { token } = await call<{ token: string }>('POST', '/api/v1/schools', adminToken, {
        id: org.id,
        name: org.name,
        municipality: org.municipality,
        kind: org.kind,
      });
      tokens.set(org.id, token);
      for (const y of ['previous', 'current'] as const) {
        if (silent[y].has(org.id)) continue;
        const report = demoReport(org, periods[y], y, enterprises);
        if (y === 'current' && corrected.has(org.id)) await call('POST', '/api/v1/reports', token, draftOf(report));
        await call('POST', '/api/v1/reports', token, report);
      }
    }),
  );

  // The bank of practices: sent by schools, decided by the region, in a fixed order.
  for (const { card, decision } of demoPracticeCards(organisations)) {
    await call('POST', '/api/v1/practices', tokens.get(card.schoolId)!, card);
    if (decision) await call('POST', `/api/v1/practices/${card.practiceId}/review`, adminToken, decision);
  }
}
