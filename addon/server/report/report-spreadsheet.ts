// The report spreadsheet of CONTRACTS §6 — separate from the workspace, holding the school report
// and nothing else, shared read-only with the region's service account so the service can pull it.
// Made and written through the Sheets and Drive REST APIs with the add-on's own token: a file the
// add-on creates is reachable under the narrow `drive.file` scope, so the add-on never needs the
// `spreadsheets` scope (every spreadsheet of the user) that SpreadsheetApp.create would demand.
import type { SchoolReport } from '../../../shared/report';
import { REPORT_SHEETS, REPORT_SHEET_RANGES, reportToSheets } from '../../../shared/report/sheet';
import { readState, writeState } from '../properties';

const SHEETS_API = 'https://sheets.googleapis.com/v4/spreadsheets';
const DRIVE_API = 'https://www.googleapis.com/drive/v3/files';
const STATE = 'report.spreadsheet';

interface StoredSpreadsheet {
  id: string;
  url: string;
  /** Rows written last time on each sheet: a shorter report blanks the rest in the same write. */
  rows: [number, number, number];
  sharedWith: string[];
}

export interface ReportSpreadsheet {
  id: string;
  url: string;
  created: boolean;
  sharedWith: string[];
}

interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

function call(method: 'get' | 'post', url: string, payload?: unknown): ApiAnswer {
  const response = UrlFetchApp.fetch(url, {
    method,
    contentType: 'application/json',
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
    muteHttpExceptions: true,
  });
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(response.getContentText()) as Record<string, unknown>;
  } catch {
    // an HTML error page: the status says enough
  }
  return { status: response.getResponseCode(), body };
}

function fail(what: string, answer: ApiAnswer): never {
  const message = (answer.body.error as { message?: string } | undefined)?.message;
  throw new Error(`Таблица отчёта: ${what} не удалось (Google ответил ${answer.status}${message ? `: ${message}` : ''}). Повторите позже.`);
}

function existing(): StoredSpreadsheet | null {
  const stored = readState<StoredSpreadsheet>(STATE);
  if (!stored) return null;
  const answer = call('get', `${SHEETS_API}/${encodeURIComponent(stored.id)}?fields=spreadsheetId`);
  if (answer.status === 200) return stored;
  if (answer.status === 404 || answer.status === 403) return null; // deleted or out of reach: make a new one
  return fail('проверить таблицу', answer);
}

function create(title: string): StoredSpreadsheet {
  const sheets = [REPORT_SHEETS.report, REPORT_SHEETS.enterprises, REPORT_SHEETS.pairs].map((t) => ({ properties: { title: t } }));
  const answer = call('post', SHEETS_API, { properties: { title, locale: 'ru_RU' }, sheets });
  if (answer.status !== 200) fail('создать таблицу', answer);
  return { id: String(answer.body.spreadsheetId), url: String(answer.body.spreadsheetUrl ?? ''), rows: [0, 0, 0], sharedWith: [] };
}

function padded(rows: readonly (readonly unknown[])[], height: number, width: number): unknown[][] {
  return Array.from({ length: Math.max(rows.length, height) }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''));
}

/** Creates (once) and fills the report spreadsheet in one write; shares it with `serviceAccount` when given. */
export function publishReportSpreadsheet(report: SchoolReport, serviceAccount: string): ReportSpreadsheet {
  const found = existing();
  const target = found ?? create(`Отчёт для региона — ${report.school.name}`);
  const values = reportToSheets(report);
  const parts = [values.report, values.enterprises, values.pairs];
  const widths = [3, 2, 3];
  const data = parts.map((rows, i) => ({ range: `${REPORT_SHEET_RANGES[i]}!A1`, values: padded(rows, target.rows[i], widths[i]) }));
  const written = call('post', `${SHEETS_API}/${encodeURIComponent(target.id)}/values:batchUpdate`, { valueInputOption: 'RAW', data });
  if (written.status !== 200) fail('записать отчёт', written);
  target.rows = [parts[0].length, parts[1].length, parts[2].length];

  const email = serviceAccount.trim();
  if (email && !target.sharedWith.includes(email)) {
    const shared = call('post', `${DRIVE_API}/${encodeURIComponent(target.id)}/permissions?sendNotificationEmail=false`, { role: 'reader', type: 'user', emailAddress: email });
    if (shared.status !== 200) fail(`открыть доступ для ${email}`, shared);
    target.sharedWith.push(email);
  }
  writeState(STATE, target);
  return { id: target.id, url: target.url, created: !found, sharedWith: [...target.sharedWith] };
}
