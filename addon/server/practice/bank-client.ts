// The region's bank of practices over UrlFetchApp: POST /api/v1/practices (the card) and
// GET /api/v1/practices?school=… (the statuses), with the school token the report push uses.
// Only https addresses within the build's urlFetchWhitelist are called (report/service-address.ts);
// 5xx and network failures are retried — sending a card again only adds a revision of it.
import type { PracticeCard } from '../../../shared/practice';
import { readPracticesAnswer, type PracticeStatus } from '../../../shared/practice/bank-status';
import { serviceAddressProblem } from '../report/service-address';
import type { PracticeSendResult } from './practice-wire';

const ATTEMPTS = 3;
const FIRST_PAUSE_MS = 1000;

interface Answer {
  status: number;
  body: string;
}

type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

/** The last answer, or the network failure's text after the last attempt. */
function fetchWithRetries(url: string, params: Params): Answer | string {
  let last: Answer | string = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (attempt > 1) Utilities.sleep(FIRST_PAUSE_MS * 2 ** (attempt - 2));
    try {
      // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object)
      const response = UrlFetchApp.fetch(url, { ...params, muteHttpExceptions: true, followRedirects: false });
      last = { status: response.getResponseCode(), body: response.getContentText() };
      if (last.status < 500) return last;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
  }
  return last;
}

function parse(
  body: string,
): Record<string, unknown> & { error?: { message?: string; issues?: { path?: string; message?: string }[] } } {
  try {
    const json = JSON.parse(body) as unknown;
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function refusal(status: number, said: string): string {
  switch (status) {
    case 401:
      return 'Токен школы не принят: он не указан или неизвестен сервису. Вставьте токен, выданный региональным наставническим центром, в «Отчёт в регион → Подключение».';
    case 403:
      return `Токен не даёт права на эту практику: он выдан другой организации. Проверьте «Код организации в регионе» на листе «Настройки» и токен.${said}`;
    case 404:
      return 'По адресу сервиса нет банка практик (404): проверьте адрес сервиса региона в «Отчёт в регион → Подключение».';
    case 413:
      return 'Карточка больше 1 МБ — сервис её не принимает. Сократите описание.';
    default:
      return status >= 500
        ? `Сервис региона временно не работает (код ${status}). Попробуйте позже.${said}`
        : `Сервис ответил кодом ${status}.${said}`;
  }
}

export function postPracticeCard(serviceUrl: string, token: string, card: PracticeCard): PracticeSendResult {
  const url = `${serviceUrl.replace(/\/+$/, '')}/api/v1/practices`;
  const refused = serviceAddressProblem(url);
  if (refused) return { ok: false, status: 0, issues: [], message: refused };
  const answer = fetchWithRetries(url, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify(card),
    headers: { Authorization: `Bearer ${token}` },
  });
  if (typeof answer === 'string') {
    return {
      ok: false,
      status: 0,
      issues: [],
      message: `Не удалось связаться с сервисом региона по адресу ${url}: ${answer}. Попыток: ${ATTEMPTS}. Повторная отправка безопасна: она лишь добавит редакцию карточки.`,
    };
  }
  const json = parse(answer.body);
  const said = json.error?.message ? ` Ответ сервиса: «${json.error.message}».` : '';
  if (answer.status === 200 || answer.status === 201) {
    const what =
      answer.status === 201
        ? 'Карточка практики отправлена в банк региона на рассмотрение.'
        : `Новая редакция карточки (${String(json.revision)}) отправлена в банк региона; прежние сохранены в сервисе.`;
    return {
      ok: true,
      status: answer.status,
      issues: [],
      message: `${what} Код практики: ${String(json.practiceId ?? card.practiceId)}.`,
    };
  }
  if (answer.status === 400) {
    const issues = (json.error?.issues ?? []).map((i) => `${i.path || 'карточка'}: ${i.message ?? ''}`);
    return { ok: false, status: 400, issues, message: `Сервис региона отклонил карточку: в ней ошибки (ниже).${said}` };
  }
  return { ok: false, status: answer.status, issues: [], message: refusal(answer.status, said) };
}

export type PracticesFetch = { ok: true; practices: PracticeStatus[] } | { ok: false; message: string };

export function getSchoolPractices(serviceUrl: string, token: string, schoolId: string): PracticesFetch {
  const url = `${serviceUrl.replace(/\/+$/, '')}/api/v1/practices?school=${encodeURIComponent(schoolId)}`;
  const refused = serviceAddressProblem(url);
  if (refused) return { ok: false, message: refused };
  const answer = fetchWithRetries(url, { method: 'get', headers: { Authorization: `Bearer ${token}` } });
  if (typeof answer === 'string')
    return {
      ok: false,
      message: `Не удалось связаться с сервисом региона по адресу ${url}: ${answer}. Попыток: ${ATTEMPTS}.`,
    };
  const json = parse(answer.body);
  if (answer.status !== 200)
    return {
      ok: false,
      message: refusal(answer.status, json.error?.message ? ` Ответ сервиса: «${json.error.message}».` : ''),
    };
  const read = readPracticesAnswer(json);
  return read.ok
    ? read
    : {
        ok: false,
        message: `Ответ сервиса не по формату: ${read.problems.join('; ')}. Проверьте адрес сервиса региона.`,
      };
}
