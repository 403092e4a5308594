// One pass over the schools that report through a Google spreadsheet.
// Drive says which spreadsheets changed; only those cost a Sheets read. A school's failure is
// recorded for that school and never stops the others.
import { formatReportSheetIssue, reportFromSheets, type ReportSheetIssue } from '../../../shared/report/sheet';
import type { SchoolReport } from '../../../shared/report';
import { GoogleCallError } from '../google/errors';
import type { FileVersion, GoogleGateway } from '../google/gateway';
import type { Store } from '../store';
import type { School } from '../store/schools';
import type { SchoolSyncStatus, SyncState, SyncStateStore } from './state-store';

export interface SchoolSyncResult {
  id: string;
  status: SchoolSyncStatus;
  error?: string;
}

export interface PullDeps {
  store: Store;
  states: SyncStateStore;
  /** Absent when Google is not configured: every Google school then gets an explanatory error. */
  gateway?: GoogleGateway;
  now: () => Date;
  /** Schools read at once; the rate limiter sets the real pace. */
  concurrency?: number;
  /** Called once the schools to pull are known, before any is read. */
  onStart?: (total: number) => Promise<void>;
  /** Called as each school is finished (`index` in pull order); an error here does not stop the pass. */
  onResult?: (index: number, result: SchoolSyncResult) => Promise<void>;
}

export const GOOGLE_NOT_CONFIGURED =
  'Доступ к Google не настроен: задайте GOOGLE_APPLICATION_CREDENTIALS (ключ сервисного аккаунта) или SHEETS_API_ROOT_URL и SHEETS_API_TOKEN';

const MAX_ISSUES_IN_MESSAGE = 10;

/** Outcome of one school, before it is recorded. */
type Outcome =
  | { status: 'ok' | 'unchanged'; version?: FileVersion }
  | { status: 'error'; error: string; invalidVersion?: string; unreachable?: boolean };

export async function pullSchools(deps: PullDeps): Promise<SchoolSyncResult[]> {
  const schools = (await deps.store.schools.list()).filter((s) => s.source.type === 'google');
  await deps.onStart?.(schools.length);
  if (schools.length === 0) return [];
  const states = await deps.states.all();
  const gateway = deps.gateway;
  let versions = new Map<string, FileVersion | null>();
  /** Set once Google proves unreachable: the remaining schools are not tried one by one. */
  let unreachable: string | undefined;
  if (gateway) {
    try {
      versions = await gateway.fileVersions([...new Set(schools.map(spreadsheetOf))]);
    } catch (e) {
      if (!(e instanceof GoogleCallError)) throw e;
      unreachable = e.message;
    }
  }

  const results = new Array<SchoolSyncResult>(schools.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < schools.length; i = next++) {
      const school = schools[i];
      const previous = states.get(school.id);
      let outcome: Outcome;
      try {
        if (!gateway) outcome = { status: 'error', error: GOOGLE_NOT_CONFIGURED };
        else if (unreachable) outcome = { status: 'error', error: unreachable };
        else {
          outcome = await pullOne(deps, gateway, school, previous, versions.get(spreadsheetOf(school)));
          if (outcome.status === 'error' && outcome.unreachable) unreachable = outcome.error;
        }
      } catch (e) {
        outcome = { status: 'error', error: e instanceof Error ? e.message : String(e) };
      }
      results[i] = await record(deps, school, previous, outcome).catch((e: unknown) => ({
        id: school.id,
        status: 'error' as const,
        error: `Не удалось сохранить результат: ${e instanceof Error ? e.message : String(e)}`,
      }));
      await deps.onResult?.(i, results[i]).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 4, schools.length) }, worker));
  return results;
}

function spreadsheetOf(school: School): string {
  return school.source.type === 'google' ? school.source.spreadsheetId : '';
}

async function pullOne(
  deps: PullDeps,
  gateway: GoogleGateway,
  school: School,
  previous: SyncState | undefined,
  version: FileVersion | null | undefined,
): Promise<Outcome> {
  const spreadsheetId = spreadsheetOf(school);
  if (version === null) {
    return {
      status: 'error',
      error: `Таблица ${spreadsheetId} не найдена на Диске или не открыта сервисному аккаунту (нужна роль «Читатель»)`,
    };
  }
  const same = previous?.spreadsheetId === spreadsheetId && version !== undefined;
  if (same && previous.pulledVersion === version.version) return { status: 'unchanged', version };
  if (same && previous.invalidVersion === version.version && previous.status === 'error' && school.lastSyncError) {
    return { status: 'error', error: school.lastSyncError, invalidVersion: version.version };
  }

  let values;
  try {
    values = await gateway.readReportSheets(spreadsheetId);
  } catch (e) {
    if (!(e instanceof GoogleCallError)) throw e;
    // A missing sheet is the content's fault: no need to read again until the school edits it.
    const invalid = e.status === 400 ? version?.version : undefined;
    return {
      status: 'error',
      error: e.message,
      invalidVersion: invalid,
      unreachable: e.transient && e.status === undefined,
    };
  }
  const parsed = reportFromSheets(values);
  if (!parsed.ok) return { status: 'error', error: describeIssues(parsed.issues), invalidVersion: version?.version };
  if (parsed.report.school.id !== school.id) {
    return {
      status: 'error',
      error: `Лист «Отчёт для региона», ключ «school.id»: в таблице указан код «${parsed.report.school.id}», а таблица зарегистрирована для организации «${school.id}»`,
      invalidVersion: version?.version,
    };
  }
  await keepRevision(deps, school.id, parsed.report);
  return { status: 'ok', version };
}

/** Adds a revision unless the school's current report for the period already says exactly this. */
async function keepRevision(deps: PullDeps, schoolId: string, report: SchoolReport): Promise<void> {
  const [current] = await deps.store.reports.revisions(schoolId, report.period);
  if (current && JSON.stringify(current.report) === JSON.stringify(report)) return;
  await deps.store.reports.add(schoolId, report, 'pull', deps.now());
}

function describeIssues(issues: readonly ReportSheetIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map(formatReportSheetIssue);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; и ещё ${more}` : '');
}

async function record(
  deps: PullDeps,
  school: School,
  previous: SyncState | undefined,
  outcome: Outcome,
): Promise<SchoolSyncResult> {
  const at = deps.now();
  const spreadsheetId = spreadsheetOf(school);
  const kept = previous?.spreadsheetId === spreadsheetId ? previous : undefined;
  if (outcome.status === 'error') {
    await deps.states.save({
      schoolId: school.id,
      spreadsheetId,
      status: 'error',
      attemptedAt: at.toISOString(),
      pulledVersion: kept?.pulledVersion ?? null,
      pulledModifiedTime: kept?.pulledModifiedTime ?? null,
      invalidVersion: outcome.invalidVersion ?? null,
    });
    await deps.store.schools.recordSyncError(school.id, at, outcome.error);
    return { id: school.id, status: 'error', error: outcome.error };
  }
  await deps.states.save({
    schoolId: school.id,
    spreadsheetId,
    status: outcome.status,
    attemptedAt: at.toISOString(),
    pulledVersion: outcome.version?.version ?? null,
    pulledModifiedTime: outcome.version?.modifiedTime ?? null,
    invalidVersion: null,
  });
  await deps.store.schools.recordSyncSuccess(school.id, at);
  return { id: school.id, status: outcome.status };
}
