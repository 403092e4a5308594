// «Отчёт в регион»: the dialog shows the school report v1 built from the workspace before anything
// leaves; the curator saves the service address and the school token (DOCUMENT properties — never a
// sheet) and sends it.
import { withDocumentLock } from '../sheets/lock';
import { readState, writeState } from '../properties';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { runMenuAction, showDialog } from '../ui';
import { todayIn } from '../year/workspace-data';
import { pushReport } from './push';
import { publishReportSpreadsheet } from './report-spreadsheet';
import type {
  ConnectionInput,
  ConnectionState,
  ReportApi,
  ReportDialogData,
  SendResult,
  SpreadsheetResult,
} from './report-wire';
import { buildPreview, checkPeriod, unconfirmedProblems } from './school-report';

const URL_KEY = 'report.serviceUrl';
const TOKEN_KEY = 'report.token';
const ACCOUNT_KEY = 'report.serviceAccount';

/** The service address and school token saved here (also used to send practice cards); '' when none. */
export function savedConnection(): { serviceUrl: string; token: string } {
  return { serviceUrl: readState<string>(URL_KEY) ?? '', token: readState<string>(TOKEN_KEY) ?? '' };
}

function connection(): ConnectionState {
  return {
    serviceUrl: readState<string>(URL_KEY) ?? '',
    serviceAccount: readState<string>(ACCOUNT_KEY) ?? '',
    tokenSaved: Boolean(readState<string>(TOKEN_KEY)),
  };
}

export function reportDialogData(period: string): ReportDialogData {
  const ss = activeSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const year = period ? checkPeriod(period) : todayIn(timeZone).slice(0, 4);
  return { connection: connection(), preview: buildPreview(ss, timeZone, year) };
}

/**
 * An empty token keeps the saved one; the token is never sent back to the page. The service
 * address may stay empty when the region pulls the report spreadsheet instead.
 */
export function saveConnection(input: ConnectionInput): ConnectionState {
  const serviceUrl = String(input?.serviceUrl ?? '').trim();
  if (serviceUrl && !/^https?:\/\/[^\s/]+/i.test(serviceUrl))
    throw new Error('Адрес сервиса региона: нужен адрес вида https://nastavnik.region.ru');
  const serviceAccount = String(input?.serviceAccount ?? '').trim();
  if (serviceAccount && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(serviceAccount)) {
    throw new Error('Сервисный аккаунт региона: нужен адрес вида nastavnik@region-project.iam.gserviceaccount.com');
  }
  writeState(ACCOUNT_KEY, serviceAccount);
  const token = String(input?.token ?? '').trim();
  if (!/^[\x21-\x7e]*$/.test(token))
    throw new Error(
      'Токен школы состоит из латинских букв, цифр и знаков без пробелов: скопируйте его целиком, как выдал региональный центр.',
    );
  writeState(URL_KEY, serviceUrl.replace(/\/+$/, ''));
  if (token) writeState(TOKEN_KEY, token);
  return connection();
}

export function sendReport(period: string, allowProblems = false): SendResult {
  const year = checkPeriod(period);
  const serviceUrl = readState<string>(URL_KEY);
  const token = readState<string>(TOKEN_KEY);
  if (!serviceUrl || !token) {
    return {
      ok: false,
      status: 0,
      attempts: 0,
      issues: [],
      message: 'Сначала укажите адрес сервиса региона и токен школы в разделе «Подключение».',
    };
  }
  // The lock keeps the report consistent with one state of the sheets; nothing is written.
  const preview = withDocumentLock(() => {
    const ss = activeSpreadsheet();
    return buildPreview(ss, timeZoneOf(ss), year);
  });
  if (!preview.report) {
    return {
      ok: false,
      status: 0,
      attempts: 0,
      issues: preview.issues,
      message: 'Отчёт не отправлен: сначала заполните недостающее (ниже).',
    };
  }
  const unconfirmed = unconfirmedProblems(preview, allowProblems);
  if (unconfirmed)
    return {
      ok: false,
      status: 0,
      attempts: 0,
      issues: preview.problems,
      message: `Отчёт не отправлен. ${unconfirmed}`,
    };
  return pushReport(serviceUrl, token, preview.report);
}

/** Creates or refreshes the report spreadsheet and shares it with the region's account. */
export function writeReportSpreadsheet(period: string, personalCopy = false, allowProblems = false): SpreadsheetResult {
  const year = checkPeriod(period);
  const preview = withDocumentLock(() => {
    const ss = activeSpreadsheet();
    return buildPreview(ss, timeZoneOf(ss), year);
  });
  if (!preview.report) throw new Error(`Таблица отчёта не заполнена: ${preview.issues.join('; ')}`);
  const unconfirmed = unconfirmedProblems(preview, allowProblems);
  if (unconfirmed) throw new Error(`Таблица отчёта не заполнена. ${unconfirmed}`);
  const account = readState<string>(ACCOUNT_KEY) ?? '';
  const made = publishReportSpreadsheet(preview.report, account, { personalCopy });
  const lines = [
    made.created ? 'Таблица отчёта для региона создана.' : 'Таблица отчёта для региона обновлена.',
    `Её идентификатор для регионального центра: ${made.id}.`,
  ];
  if (made.replaced) {
    lines.push(
      `Это новая таблица вместо ${made.replaced.id}: сообщите региональному центру новый идентификатор, иначе он продолжит забирать старую таблицу.`,
    );
  }
  lines.push(
    made.sharedWith.length
      ? `Доступ на чтение: ${made.sharedWith.join(', ')}.`
      : 'Укажите сервисный аккаунт региона в «Подключении», чтобы открыть ему доступ на чтение.',
  );
  return { ...made, message: lines.join(' ') };
}

/** Menu: «Отчёт в регион…». */
export function openReportDialog(): void {
  runMenuAction('Отчёт в регион', () => showDialog('report', 'Отчёт в регион', 640, 640));
}

/** The handlers fit the dialog's wire contract (checked by the compiler only). */
type Fits<Api, Handlers extends Api> = Handlers;
export type ReportHandlers = Fits<
  ReportApi,
  {
    reportDialogData: typeof reportDialogData;
    saveConnection: typeof saveConnection;
    sendReport: typeof sendReport;
    writeReportSpreadsheet: typeof writeReportSpreadsheet;
  }
>;
