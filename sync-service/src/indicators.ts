// The indicators response: the shared consolidated tables plus what only the service knows
// (demo flag, periods with reports, each school's source and pull status).
import { consolidate, type IndicatorTables, type MissingSchool, type SchoolRow } from '../../shared/indicators';
import type { Store } from './store';
import type { School } from './store/schools';

export interface SyncStatus {
  /** `push`: the school sends its report; `google`: the service pulls its report spreadsheet. */
  source: School['source']['type'];
  /** Last successful pull. */
  lastSyncAt: string | null;
  /** Error of the latest pull when it failed after the last success, else null. */
  lastSyncError: string | null;
  lastSyncErrorAt: string | null;
}

export interface IndicatorsResponse extends IndicatorTables {
  demo: boolean;
  /** Periods that have reports, latest first. */
  periods: string[];
  schools: Array<SchoolRow & SyncStatus>;
  missing: Array<MissingSchool & SyncStatus>;
}

function syncStatus(school: School | undefined): SyncStatus {
  if (!school) return { source: 'push', lastSyncAt: null, lastSyncError: null, lastSyncErrorAt: null };
  const failedLast =
    school.lastSyncErrorAt !== null && (school.lastSyncAt === null || school.lastSyncErrorAt > school.lastSyncAt);
  return {
    source: school.source.type,
    lastSyncAt: school.lastSyncAt,
    lastSyncError: failedLast ? school.lastSyncError : null,
    lastSyncErrorAt: school.lastSyncErrorAt,
  };
}

/** The period to show when none is asked for: the one most organisations report for (the latest
 *  among equals; one school's odd year never wins), else the current year. */
export async function defaultPeriod(store: Store, now: Date): Promise<string> {
  return (await store.reports.commonestPeriod()) ?? String(now.getUTCFullYear());
}

export async function loadIndicators(store: Store, period: string, demo: boolean): Promise<IndicatorsResponse> {
  const [schools, region, reports, periods] = await Promise.all([
    store.schools.list(),
    store.region.get(),
    store.reports.current(period),
    store.reports.periods(),
  ]);
  const tables = consolidate({ period, region, schools, reports });
  const byId = new Map(schools.map((s) => [s.id, s]));
  return {
    ...tables,
    demo,
    periods,
    schools: tables.schools.map((s) => ({ ...s, ...syncStatus(byId.get(s.id)) })),
    missing: tables.missing.map((s) => ({ ...s, ...syncStatus(byId.get(s.id)) })),
  };
}
