// Google's REST APIs reached with the add-on's own token (ScriptApp.getOAuthToken), so that Drive,
// Forms and Sheets work under the narrow `drive.file` scope: a file the add-on created through the
// API is reachable, nothing else of the user's Drive is. Quota answers (429, and 403 with a rate
// limit reason) and 5xx are retried with exponential backoff, as Google asks:
// https://developers.google.com/workspace/drive/api/guides/handle-errors
export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** What a failed answer means for the curator. */
export type ApiProblem = 'notFound' | 'noAccess' | 'quota' | 'disabled' | 'server' | 'other';

const RATE_REASONS = [
  'userRateLimitExceeded',
  'rateLimitExceeded',
  'dailyLimitExceeded',
  'quotaExceeded',
  'sharingRateLimitExceeded',
];
const DISABLED_REASONS = ['accessNotConfigured', 'SERVICE_DISABLED'];
const ATTEMPTS = 4;
const FIRST_PAUSE_MS = 1000;

function errorOf(answer: ApiAnswer): {
  message?: string;
  status?: string;
  errors?: { reason?: string }[];
  details?: { reason?: string }[];
} {
  return (answer.body.error as ReturnType<typeof errorOf> | undefined) ?? {};
}

/** The first reason Google gives (`userRateLimitExceeded`, `accessNotConfigured`, …), or ''. */
export function reasonOf(answer: ApiAnswer): string {
  return errorOf(answer).errors?.[0]?.reason ?? '';
}

function reasons(answer: ApiAnswer): string[] {
  const e = errorOf(answer);
  return [
    ...(e.errors ?? []).map((x) => x.reason ?? ''),
    ...(e.details ?? []).map((x) => x.reason ?? ''),
    e.status ?? '',
  ];
}

export function problemOf(answer: ApiAnswer): ApiProblem {
  const why = reasons(answer);
  if (answer.status === 404) return 'notFound';
  if (answer.status === 429 || (answer.status === 403 && why.some((r) => RATE_REASONS.includes(r)))) return 'quota';
  if (
    answer.status === 403 &&
    (why.some((r) => DISABLED_REASONS.includes(r)) ||
      /has not been used in project|is disabled/i.test(errorOf(answer).message ?? ''))
  )
    return 'disabled';
  if (answer.status === 401 || answer.status === 403) return 'noAccess';
  if (answer.status >= 500) return 'server';
  return 'other';
}

/** A Google API failure with a Russian message the curator can act on. */
export class GoogleApiError extends Error {
  constructor(
    message: string,
    readonly problem: ApiProblem,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GoogleApiError';
  }
}

/** The API a URL belongs to, by the name the Cloud console shows. */
export function apiNameOf(url: string): string {
  if (/^https:\/\/sheets\.googleapis\.com\//.test(url)) return 'Google Sheets API';
  if (/^https:\/\/forms\.googleapis\.com\//.test(url)) return 'Google Forms API';
  return 'Google Drive API';
}

const ADVICE: Record<Exclude<ApiProblem, 'disabled' | 'quota'>, string> = {
  notFound:
    'Файл не найден: он удалён или создан другим пользователем таблицы (надстройка видит только файлы, созданные ею для вас).',
  noAccess:
    'У вашей учётной записи нет доступа к файлу. Если его создал другой редактор таблицы, попросите его открыть доступ или выполнить действие самому.',
  server:
    'Сервис Google временно не отвечает. Запустите действие ещё раз через несколько минут — сделанное не повторится.',
  other: 'Запрос к Google не выполнен.',
};

const DAILY_ADVICE =
  'Исчерпана дневная квота Google (например, 250 созданных документов в день для обычного аккаунта, 1 500 — для Google Workspace). Запустите действие завтра — сделанное не повторится.';

/** The Russian error for a failed call; `url` names the API when it is disabled or out of quota. */
export function apiFailure(what: string, answer: ApiAnswer, url = ''): GoogleApiError {
  const problem = problemOf(answer);
  const api = apiNameOf(url);
  if (problem === 'disabled') {
    return new GoogleApiError(
      `${what} не удалось — ${api} отключён в проекте Google Cloud, к которому привязана надстройка. ` +
        `Попросите администратора домена (или того, кто установил надстройку) включить ${api} в этом проекте ` +
        '(консоль Google Cloud → «API и сервисы» → «Включить API и сервисы») и повторите через несколько минут.',
      problem,
      answer.status,
    );
  }
  if (problem === 'quota' && !reasons(answer).includes('dailyLimitExceeded')) {
    return new GoogleApiError(
      `${what} не удалось — Google временно ограничил число запросов (квота ${api}, ответ ${answer.status}), ` +
        `${ATTEMPTS} попытки с паузами не помогли. Подождите минуту и запустите действие ещё раз — сделанное не повторится.`,
      problem,
      answer.status,
    );
  }
  const said = errorOf(answer).message;
  const advice = problem === 'quota' ? DAILY_ADVICE : ADVICE[problem];
  return new GoogleApiError(
    `${what} не удалось (Google ответил ${answer.status}${said ? `: ${said}` : ''}). ${advice}`,
    problem,
    answer.status,
  );
}

function once(method: string, url: string, payload: unknown): ApiAnswer {
  const response = UrlFetchApp.fetch(url, {
    method: method as GoogleAppsScript.URL_Fetch.HttpMethod,
    contentType: 'application/json',
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
    muteHttpExceptions: true,
  });
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(response.getContentText() || '{}') as Record<string, unknown>;
  } catch {
    // an HTML error page: the status says enough
  }
  return { status: response.getResponseCode(), body };
}

/** One API call; quota and server errors are retried, anything else is returned as it came. */
export function googleApi(method: 'get' | 'post' | 'patch' | 'delete', url: string, payload?: unknown): ApiAnswer {
  let answer = once(method, url, payload);
  for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
    const problem = answer.status >= 400 ? problemOf(answer) : null;
    if (problem !== 'quota' && problem !== 'server') break;
    Utilities.sleep(FIRST_PAUSE_MS * 2 ** (attempt - 1) + Math.floor(Math.random() * FIRST_PAUSE_MS));
    answer = once(method, url, payload);
  }
  return answer;
}

/** The call's body when it succeeded; otherwise a GoogleApiError saying what failed. */
export function googleApiOk(
  what: string,
  method: 'get' | 'post' | 'patch' | 'delete',
  url: string,
  payload?: unknown,
): Record<string, unknown> {
  const answer = googleApi(method, url, payload);
  if (answer.status >= 200 && answer.status < 300) return answer.body;
  throw apiFailure(what, answer, url);
}
