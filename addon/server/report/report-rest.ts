// Sheets and Drive REST calls of the report spreadsheet, with the add-on's own OAuth token.
// Quota refusals are retried with backoff; a disabled API and an exhausted quota become Russian
// messages that say what to do. (A generic REST helper for Drive lives elsewhere; this one knows
// only what the report spreadsheet needs.)

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Attempts in all for a quota refusal, the first one included; the waits are 1, 2, 4 s (+ jitter). */
const QUOTA_ATTEMPTS = 4;
const BASE_DELAY_MS = 1000;

interface GoogleError {
  message?: string;
  errors?: { reason?: string }[];
  details?: { reason?: string }[];
}

function errorOf(answer: ApiAnswer): GoogleError {
  return (answer.body.error as GoogleError | undefined) ?? {};
}

export function reasonOf(answer: ApiAnswer): string | undefined {
  return errorOf(answer).errors?.[0]?.reason;
}

/**
 * Google says a quota ran out: 429 (Sheets: https://developers.google.com/sheets/api/limits), or
 * 403 with reason `userRateLimitExceeded` / `rateLimitExceeded` (Drive:
 * https://developers.google.com/drive/api/guides/limits and
 * https://developers.google.com/drive/api/guides/handle-errors). Both pages ask for exponential backoff.
 */
export function isQuotaRefusal(answer: ApiAnswer): boolean {
  const reason = reasonOf(answer);
  return answer.status === 429 || (answer.status === 403 && (reason === 'userRateLimitExceeded' || reason === 'rateLimitExceeded'));
}

/**
 * The API is off in the add-on's Cloud project: 403, reason `accessNotConfigured` (ErrorInfo
 * `SERVICE_DISABLED`), "… API has not been used in project … before or it is disabled".
 */
export function isDisabledApi(answer: ApiAnswer): boolean {
  const error = errorOf(answer);
  return (
    answer.status === 403 &&
    (reasonOf(answer) === 'accessNotConfigured' || (error.details ?? []).some((d) => d.reason === 'SERVICE_DISABLED') || /has not been used in project|it is disabled/.test(error.message ?? ''))
  );
}

export function apiNameOf(url: string): string {
  return /^https:\/\/sheets\.googleapis\.com\//.test(url) ? 'Google Sheets API' : 'Google Drive API';
}

/** One request; quota refusals are retried with Utilities.sleep backoff, the last answer is returned. */
export function callGoogle(method: 'get' | 'post', url: string, payload?: unknown): ApiAnswer {
  for (let attempt = 1; ; attempt++) {
    const answer = send(method, url, payload);
    if (!isQuotaRefusal(answer) || attempt >= QUOTA_ATTEMPTS) return answer;
    Utilities.sleep(BASE_DELAY_MS * 2 ** (attempt - 1) + Math.floor(Math.random() * BASE_DELAY_MS));
  }
}

function send(method: 'get' | 'post', url: string, payload?: unknown): ApiAnswer {
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

/** The Russian error for a failed call: a disabled API and a spent quota say what to do. */
export function failure(what: string, url: string, answer: ApiAnswer): Error {
  const api = apiNameOf(url);
  if (isDisabledApi(answer)) {
    return new Error(
      `Таблица отчёта: ${what} не удалось — ${api} отключён в проекте Google Cloud, к которому привязана надстройка. ` +
        `Попросите администратора домена (или того, кто установил надстройку) включить ${api} в этом проекте ` +
        '(консоль Google Cloud → «API и сервисы» → «Включить API и сервисы») и повторите через несколько минут.',
    );
  }
  if (isQuotaRefusal(answer)) {
    return new Error(
      `Таблица отчёта: ${what} не удалось — Google временно ограничил число запросов (квота ${api}, ответ ${answer.status}), ` +
        `${QUOTA_ATTEMPTS} попытки с паузами не помогли. Подождите минуту и нажмите кнопку ещё раз.`,
    );
  }
  const message = errorOf(answer).message;
  return new Error(`Таблица отчёта: ${what} не удалось (Google ответил ${answer.status}${message ? `: ${message}` : ''}). Повторите позже.`);
}
