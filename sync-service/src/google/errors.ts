// Google API failures worded in Russian for the dashboard and the regional error sheet.
import { googleReasonOf, httpStatusOf, isQuotaError, isRetryable } from './retry';

/** A failed Google call: the Russian message, and whether trying later may help. */
export class GoogleCallError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'GoogleCallError';
  }
}

export interface CallTarget {
  /** The spreadsheet the call is about; absent for Drive's file list. */
  spreadsheetId?: string;
  /** What the service account needs on that spreadsheet. */
  access: 'Читатель' | 'Редактор';
}

function apiMessage(error: unknown): string {
  const data = (error as { response?: { data?: { error?: { message?: unknown } } } } | null)?.response?.data;
  const message = data?.error?.message ?? (error as Error | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

export function toGoogleCallError(error: unknown, target: CallTarget, attempts: number): GoogleCallError {
  if (error instanceof GoogleCallError) return error;
  const status = httpStatusOf(error);
  const message = apiMessage(error);
  const transient = isRetryable(error);
  const id = target.spreadsheetId;
  const where = id ? `таблица ${id}` : 'список файлов Google Drive';
  const wrap = (text: string) => new GoogleCallError(text, status, transient);
  const reason = googleReasonOf(error);
  const missingSheet = /Unable to parse range: '?((?:[^'!]|'')+)'?(!|$)/.exec(message);
  switch (true) {
    case status === undefined &&
      /Could not load the default credentials|Could not refresh access token|invalid_grant/i.test(message):
      return wrap(
        `Не удалось получить доступ к Google: ${message}. Задайте GOOGLE_APPLICATION_CREDENTIALS (ключ сервисного аккаунта) и проверьте его`,
      );
    case status === 400 && missingSheet !== null:
      return wrap(`В таблице ${id} нет листа «${missingSheet[1].replace(/''/g, "'")}»`);
    case status === 400:
      return wrap(`Google API отклонил запрос (${where}): ${message}`);
    case status === 401:
      return wrap(
        'Google API не принял учётные данные сервиса (401): проверьте GOOGLE_APPLICATION_CREDENTIALS или SHEETS_API_TOKEN',
      );
    case isQuotaError(error):
      return wrap(
        `Превышена квота Google API (${status}${reason ? ` ${reason}` : ''}), ${attempts} попыток не помогли (${where}); повторим при следующей синхронизации`,
      );
    case status === 403 &&
      (reason === 'accessNotConfigured' || /has not been used in project|is disabled/i.test(message)):
      // https://developers.google.com/drive/api/guides/handle-errors: the API is off in the Cloud project.
      return wrap(
        `${/drive/i.test(message) ? 'Google Drive API' : /sheets/i.test(message) ? 'Google Sheets API' : 'API Google'} отключён в проекте Google Cloud сервисного аккаунта: включите его в консоли Google Cloud («API и сервисы») и повторите через несколько минут (${message})`,
      );
    case status === 403 && id === undefined:
      return wrap(
        `Google Drive отказал в доступе (403): включите Google Drive API в проекте Google Cloud сервисного аккаунта (${message})`,
      );
    case status === 403:
      return wrap(`Нет доступа к таблице ${id}: откройте её сервисному аккаунту с ролью «${target.access}»`);
    case status === 404:
      return wrap(`Таблица ${id} не найдена: проверьте идентификатор таблицы (она могла быть удалена)`);
    case status !== undefined && status >= 500:
      return wrap(
        `Google API ответил ошибкой ${status} на ${attempts} попыток подряд (${where}); повторим при следующей синхронизации`,
      );
    case status === undefined && transient:
      return wrap(
        `Нет связи с Google API (${String((error as { code?: unknown }).code)}); повторим при следующей синхронизации`,
      );
    default:
      return wrap(`Ошибка Google API (${where}): ${message}`);
  }
}
