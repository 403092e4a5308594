// Sending the school report to the region's sync service: POST <service>/api/v1/reports with the
// school's token. Every 4xx/5xx becomes a Russian message; only 5xx and network failures are
// retried — safely, since the service keeps revisions and an identical report only adds one.
// Only https addresses within the build's allowlist are called (service-address.ts).
import type { SchoolReport } from '../../../shared/report';
import type { SendResult } from './report-wire';
import { serviceAddressProblem } from './service-address';

const ATTEMPTS = 3;
const FIRST_PAUSE_MS = 1000;

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: { path?: string; message?: string }[] };
}

function parseError(text: string): ErrorBody['error'] {
  try {
    return (JSON.parse(text) as ErrorBody).error;
  } catch {
    return undefined;
  }
}

const SAFE_RETRY =
  'Повторная отправка безопасна: сервис хранит все редакции отчёта, и тот же отчёт лишь добавит ещё одну редакцию, а не второй отчёт.';

function failure(status: number, body: string): Omit<SendResult, 'attempts'> {
  const error = parseError(body);
  const said = error?.message ? ` Ответ сервиса: «${error.message}».` : '';
  const issues = (error?.issues ?? []).map((i) => `${i.path || 'отчёт'}: ${i.message ?? ''}`);
  switch (status) {
    case 400:
      return {
        ok: false,
        status,
        issues,
        message: `Сервис региона отклонил отчёт: в нём ошибки (ниже — путь к полю и причина). Исправьте данные в таблице и отправьте снова.${said}`,
      };
    case 401:
      return {
        ok: false,
        status,
        issues,
        message:
          'Токен школы не принят: он не указан или неизвестен сервису. Вставьте токен, выданный региональным наставническим центром, в разделе «Подключение».',
      };
    case 403:
      return {
        ok: false,
        status,
        issues,
        message: `Токен не даёт права отправить этот отчёт: он выдан другой организации или это не токен школы. Проверьте «Код организации в регионе» на листе «Настройки» и токен.${said}`,
      };
    case 413:
      return {
        ok: false,
        status,
        issues,
        message:
          'Отчёт больше 1 МБ — сервис его не принимает. Проверьте список предприятий-партнёров на лишние строки.',
      };
    case 415:
      return {
        ok: false,
        status,
        issues,
        message:
          'Сервис не принял формат запроса (нужен JSON). Проверьте адрес сервиса: возможно, он указывает не на региональный сервис.',
      };
    default:
      if (status >= 500)
        return {
          ok: false,
          status,
          issues,
          message: `Сервис региона временно не работает (код ${status}). Попробуйте позже. ${SAFE_RETRY}`,
        };
      return { ok: false, status, issues, message: `Сервис ответил кодом ${status}.${said} Проверьте адрес сервиса.` };
  }
}

export function reportsUrl(serviceUrl: string): string {
  return `${serviceUrl.replace(/\/+$/, '')}/api/v1/reports`;
}

export function pushReport(serviceUrl: string, token: string, report: SchoolReport): SendResult {
  const url = reportsUrl(serviceUrl);
  const refused = serviceAddressProblem(url);
  if (refused) return { ok: false, status: 0, attempts: 0, issues: [], message: refused };
  const payload = JSON.stringify(report);
  let last: Omit<SendResult, 'attempts'> = { ok: false, status: 0, issues: [], message: '' };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (attempt > 1) Utilities.sleep(FIRST_PAUSE_MS * 2 ** (attempt - 2));
    let status: number;
    let body: string;
    try {
      const response = UrlFetchApp.fetch(url, {
        method: 'post',
        contentType: 'application/json',
        payload,
        headers: { Authorization: `Bearer ${token}` },
        muteHttpExceptions: true,
        followRedirects: false,
      });
      status = response.getResponseCode();
      body = response.getContentText();
    } catch (error) {
      last = {
        ok: false,
        status: 0,
        issues: [],
        message: `Не удалось связаться с сервисом региона по адресу ${url}: ${error instanceof Error ? error.message : String(error)}. Проверьте адрес и подключение к интернету. ${SAFE_RETRY}`,
      };
      continue;
    }
    if (status === 200 || status === 201) {
      const what =
        status === 201
          ? 'Отчёт принят сервисом региона.'
          : 'Отчёт принят: он заменил прежний отчёт за этот год (прежняя редакция сохранена в сервисе).';
      return {
        ok: true,
        status,
        attempts: attempt,
        issues: [],
        message: `${what} Отчётный год ${report.period}, организация ${report.school.id}.`,
      };
    }
    last = failure(status, body);
    if (status < 500) return { ...last, attempts: attempt };
  }
  return { ...last, attempts: ATTEMPTS, message: `${last.message} Попыток: ${ATTEMPTS}.` };
}
