// The report spreadsheet — separate from the workspace, holding the school report
// and nothing else, shared read-only with the region's service account so the service can pull it.
// Made and written through the Sheets and Drive REST APIs with the add-on's own token: a file the
// add-on creates is reachable under the narrow `drive.file` scope, so the add-on never needs the
// `spreadsheets` scope (every spreadsheet of the user) that SpreadsheetApp.create would demand.
//
// drive.file access is per user while the state sits in document properties every editor shares:
// the file is reachable only by the add-on of the person who created it. So the state records its
// creator, and a file that is out of reach is recreated only when its own creator gets 404 (it
// was deleted); anyone else is told whose file it is, and may make a personal copy deliberately.
import type { SchoolReport } from '../../../shared/report';
import { REPORT_SHEETS, REPORT_SHEET_RANGES, reportToSheets } from '../../../shared/report/sheet';
import { readState, writeState } from '../properties';
import { withDocumentLock } from '../sheets/lock';
import { apiFailure, googleApi, problemOf, type ApiAnswer } from '../google/rest';

const SHEETS_API = 'https://sheets.googleapis.com/v4/spreadsheets';
const DRIVE_API = 'https://www.googleapis.com/drive/v3/files';
// about.get is allowed under drive.file and requires `fields`:
// https://developers.google.com/drive/api/reference/rest/v3/about/get
const ABOUT_URL = 'https://www.googleapis.com/drive/v3/about?fields=user(emailAddress,displayName)';
const STATE = 'report.spreadsheet';

export interface GoogleUser {
  email: string;
  name: string;
}

interface StoredSpreadsheet {
  id: string;
  url: string;
  /** Rows written last time on each sheet: a shorter report blanks the rest in the same write. */
  rows: [number, number, number];
  sharedWith: string[];
  /** Who created it (only their add-on reaches it); absent in state saved by older versions. */
  createdBy?: GoogleUser;
}

export interface ReportSpreadsheet {
  id: string;
  url: string;
  created: boolean;
  sharedWith: string[];
  /** The spreadsheet this one replaces (its address the region has registered), when it was replaced. */
  replaced?: { id: string; createdBy?: GoogleUser };
}

export interface PublishOptions {
  /**
   * The stored spreadsheet is another editor's (out of this user's reach): make a new one of this
   * user's own instead. The region keeps pulling the old address until it is told the new one.
   */
  personalCopy?: boolean;
}

function must(what: string, url: string, answer: ApiAnswer): ApiAnswer {
  if (answer.status !== 200) throw apiFailure(`Таблица отчёта: ${what}`, answer, url);
  return answer;
}

function currentUser(): GoogleUser {
  const answer = must('узнать, от чьего имени работает надстройка,', ABOUT_URL, googleApi('get', ABOUT_URL));
  const user = (answer.body.user ?? {}) as { emailAddress?: string; displayName?: string };
  const email = String(user.emailAddress ?? '');
  return { email, name: String(user.displayName ?? '') || email };
}

function who(user: GoogleUser): string {
  return user.name && user.name !== user.email ? `${user.name} (${user.email})` : user.email;
}

const PERSONAL_COPY =
  'Если так нельзя, можно осознанно создать свою копию таблицы отчёта — у неё будет новый адрес, и его нужно будет сообщить региональному центру, иначе он продолжит забирать старую таблицу.';

/** The curator cannot reach the stored spreadsheet and it is not theirs to recreate. */
function notYours(stored: StoredSpreadsheet, me: GoogleUser, status: number): Error {
  const owner = stored.createdBy;
  const keep = 'Новую таблицу мы не создавали: региональный центр забирает отчёт именно из этой.';
  let lines: string[];
  if (!owner) {
    lines = [
      `Таблица отчёта для региона (${stored.id}) вам недоступна (Google ответил ${status}): её создал другой редактор рабочей таблицы или она удалена. Кто её создал, не записано — таблицу сделала прежняя версия надстройки.`,
      keep,
      'Что сделать: попросите создавшего её коллегу нажать «Таблица для региона» ещё раз.',
    ];
  } else if (owner.email === me.email) {
    lines = [
      `Таблица отчёта для региона (${stored.id}) создана вами, но Google закрыл к ней доступ (ответ ${status}): возможно, её перенесли или изменили права.`,
      keep,
      'Проверьте таблицу на Google Диске и повторите.',
    ];
  } else {
    lines = [
      `Таблицу отчёта для региона (${stored.id}) создал(а) ${who(owner)}. Надстройка может работать с ней только от имени того, кто её создал, поэтому у вас (${me.email}) доступа к ней нет.`,
      keep,
      `Что сделать: попросите ${owner.name || owner.email} открыть рабочую таблицу и нажать «Таблица для региона» ещё раз.`,
    ];
  }
  lines.push(PERSONAL_COPY);
  return new Error(lines.join(' '));
}

function create(title: string, me: GoogleUser): StoredSpreadsheet {
  const sheets = [REPORT_SHEETS.report, REPORT_SHEETS.enterprises, REPORT_SHEETS.pairs].map((t) => ({
    properties: { title: t },
  }));
  const answer = must(
    'создать таблицу',
    SHEETS_API,
    googleApi('post', SHEETS_API, { properties: { title, locale: 'ru_RU' }, sheets }),
  );
  const made: StoredSpreadsheet = {
    id: String(answer.body.spreadsheetId),
    url: String(answer.body.spreadsheetUrl ?? ''),
    rows: [0, 0, 0],
    sharedWith: [],
    createdBy: me,
  };
  // Saved at once: if writing or sharing fails below, the next press continues with this file.
  writeState(STATE, made);
  return made;
}

function padded(rows: readonly (readonly unknown[])[], height: number, width: number): unknown[][] {
  return Array.from({ length: Math.max(rows.length, height) }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''),
  );
}

/** The stored spreadsheet if this user reaches it; otherwise the decision what to do. */
function resolve(
  stored: StoredSpreadsheet,
  options: PublishOptions,
): { target: StoredSpreadsheet } | { recreateAs: GoogleUser } {
  const url = `${SHEETS_API}/${encodeURIComponent(stored.id)}?fields=spreadsheetId`;
  const answer = googleApi('get', url);
  if (answer.status === 200) return { target: stored };
  const outOfReach =
    (answer.status === 404 || answer.status === 403) &&
    problemOf(answer) !== 'disabled' &&
    problemOf(answer) !== 'quota';
  if (!outOfReach) throw apiFailure('Таблица отчёта: проверить таблицу', answer, url);
  const me = currentUser();
  const mine = stored.createdBy !== undefined && stored.createdBy.email === me.email;
  if ((mine && answer.status === 404) || options.personalCopy) return { recreateAs: me };
  throw notYours(stored, me, answer.status);
}

/**
 * Creates (once) and fills the report spreadsheet in one write; shares it with `serviceAccount`
 * when given. Resumable: the state is saved right after creation and after each later step.
 */
export function publishReportSpreadsheet(
  report: SchoolReport,
  serviceAccount: string,
  options: PublishOptions = {},
): ReportSpreadsheet {
  // Two editors pressing at once would otherwise both create a spreadsheet.
  return withDocumentLock(() => publish(report, serviceAccount, options));
}

function publish(report: SchoolReport, serviceAccount: string, options: PublishOptions): ReportSpreadsheet {
  const stored = readState<StoredSpreadsheet>(STATE);
  const decision = stored ? resolve(stored, options) : { recreateAs: currentUser() };
  const target =
    'target' in decision ? decision.target : create(`Отчёт для региона — ${report.school.name}`, decision.recreateAs);
  const created = target !== stored;

  const values = reportToSheets(report);
  const parts = [values.report, values.enterprises, values.pairs];
  const widths = [3, 2, 3];
  const data = parts.map((rows, i) => ({
    range: `${REPORT_SHEET_RANGES[i]}!A1`,
    values: padded(rows, target.rows[i], widths[i]),
  }));
  const writeUrl = `${SHEETS_API}/${encodeURIComponent(target.id)}/values:batchUpdate`;
  must('записать отчёт', writeUrl, googleApi('post', writeUrl, { valueInputOption: 'RAW', data }));
  target.rows = [parts[0].length, parts[1].length, parts[2].length];
  writeState(STATE, target);

  const email = serviceAccount.trim();
  if (email && !target.sharedWith.includes(email)) {
    const shareUrl = `${DRIVE_API}/${encodeURIComponent(target.id)}/permissions?sendNotificationEmail=false`;
    must(
      `открыть доступ для ${email}`,
      shareUrl,
      googleApi('post', shareUrl, { role: 'reader', type: 'user', emailAddress: email }),
    );
    target.sharedWith.push(email);
    writeState(STATE, target);
  }
  const result: ReportSpreadsheet = { id: target.id, url: target.url, created, sharedWith: [...target.sharedWith] };
  if (created && stored && stored.id !== target.id) result.replaced = { id: stored.id, createdBy: stored.createdBy };
  return result;
}
