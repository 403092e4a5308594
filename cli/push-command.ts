// `push`: sends a school report v1 to the regional sync service (POST /api/v1/reports).
// A failed attempt (5xx, 408, 429, no connection) is retried with growing pauses. Retrying never
// duplicates anything: the service keeps every revision of a school's report for the period, and
// the same report delivered twice only becomes the current revision again, with the same numbers.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { EXIT_BAD_INPUT, EXIT_OK, InputError, type CliIo } from './io';
import { formatIssue } from './report-issue';

export interface PushArgs {
  file: string;
  url: string;
  token: string;
}

/** Pauses before the 2nd, 3rd and 4th attempts. */
export const RETRY_DELAYS_MS = [1_000, 3_000, 9_000] as const;
const ATTEMPT_TIMEOUT_MS = 30_000;

const SAFE_RETRY = 'повтор безопасен: тот же отчёт, доставленный повторно, сервис узнаёт и новой редакции не создаёт';

interface ServiceError {
  message?: string;
  issues?: { path: string; message: string }[];
}

export async function pushCommand(args: PushArgs, io: CliIo): Promise<number> {
  const body = await reportBody(args.file);
  const endpoint = new URL('api/v1/reports', args.url.endsWith('/') ? args.url : `${args.url}/`).toString();
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = RETRY_DELAYS_MS.length + 1;

  for (let attempt = 1; ; attempt++) {
    let failure: string;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${args.token}` },
        body,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      const answer = await readAnswer(response);
      if (!retryable(response.status)) return handleAnswer(response.status, answer, endpoint, io);
      failure = `сервис ответил ${response.status}${answer.error?.message ? ` (${answer.error.message})` : ''}`;
    } catch (error) {
      failure = `нет связи с сервисом: ${networkReason(error)}`;
    }
    if (attempt === attempts) {
      io.stderr(`Отчёт не доставлен: ${failure}; попыток: ${attempts}. Повторите отправку позже — ${SAFE_RETRY}.\n`);
      return EXIT_BAD_INPUT;
    }
    const delay = RETRY_DELAYS_MS[attempt - 1];
    io.stderr(`Попытка ${attempt} из ${attempts}: ${failure}. Повтор через ${delay / 1000} с (${SAFE_RETRY}).\n`);
    await sleep(delay);
  }
}

/** The file's text, checked to be one JSON object; the service itself validates the report. */
async function reportBody(path: string): Promise<string> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([
      `Файл отчёта «${path}» ${code === 'ENOENT' ? 'не найден' : code === 'EISDIR' ? '— это папка, а не файл' : 'не удаётся прочитать'}`,
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError([
      `Файл отчёта «${name}» — не JSON: ${(error as Error).message}. Сформируйте его командой report`,
    ]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError([
      `Файл отчёта «${name}»: ожидается объект отчёта { "schemaVersion": 1, … }. Сформируйте его командой report`,
    ]);
  }
  return JSON.stringify(value);
}

function retryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

interface Answer {
  error?: ServiceError;
  revision?: number;
  period?: string;
  schoolId?: string;
  /** The report equals the current revision: the service stored nothing. */
  unchanged?: boolean;
}

/** The JSON answer, or an empty one when a proxy in between answered with something else. */
async function readAnswer(response: Response): Promise<Answer> {
  try {
    const json = await response.json();
    return typeof json === 'object' && json !== null ? json : {};
  } catch {
    return {};
  }
}

function handleAnswer(status: number, answer: Answer, endpoint: string, io: CliIo): number {
  const said = answer.error?.message ? `: ${answer.error.message}` : '';
  switch (status) {
    case 201:
      io.stdout(
        `Отчёт принят (201): организация «${answer.schoolId}», ${answer.period} год, редакция ${answer.revision} — первая за этот период.\n`,
      );
      return EXIT_OK;
    case 200:
      if (answer.unchanged) {
        io.stdout(
          `Отчёт не изменился (200): организация «${answer.schoolId}», ${answer.period} год, действует редакция ${answer.revision}; новая редакция не создана.\n`,
        );
        return EXIT_OK;
      }
      io.stdout(
        `Отчёт принят и заменил текущий (200): организация «${answer.schoolId}», ${answer.period} год, теперь действует редакция ${answer.revision}; ` +
          'прежние редакции сохранены в сервисе.\n',
      );
      return EXIT_OK;
    case 400: {
      const issues = answer.error?.issues ?? [];
      io.stderr(
        `Сервис отклонил отчёт (400)${said}\n${issues.map((issue) => `  ${formatIssue(issue)}\n`).join('')}Исправьте рабочую книгу, сформируйте отчёт заново командой report и отправьте ещё раз.\n`,
      );
      return EXIT_BAD_INPUT;
    }
    case 401:
      io.stderr(
        `Сервис не принял токен (401)${said}. Проверьте --token: нужен токен организации, выданный региональным центром при её регистрации.\n`,
      );
      return EXIT_BAD_INPUT;
    case 403:
      io.stderr(
        `Отправка запрещена (403)${said}. Отчёт отправляется токеном той организации, чей код стоит в отчёте (school.id).\n`,
      );
      return EXIT_BAD_INPUT;
    case 404:
      io.stderr(
        `По адресу ${endpoint} нет приёма отчётов (404): проверьте --url — нужен адрес регионального сервиса.\n`,
      );
      return EXIT_BAD_INPUT;
    case 413:
      io.stderr(
        `Отчёт слишком велик (413)${said}. Сервис принимает до 1 МБ, отчёт обычно занимает несколько килобайт: проверьте, тот ли файл отправляется.\n`,
      );
      return EXIT_BAD_INPUT;
    case 415:
      io.stderr(`Сервис не принял формат (415)${said}. Отправляйте файл .json, сформированный командой report.\n`);
      return EXIT_BAD_INPUT;
    default:
      io.stderr(`Сервис ответил ${status}${said}. Отчёт не принят.\n`);
      return EXIT_BAD_INPUT;
  }
}

export function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `сервис не ответил за ${ATTEMPT_TIMEOUT_MS / 1000} с`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'соединение отклонено — сервис не запущен или адрес неверен';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'адрес сервиса не найден (DNS)';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'соединение оборвалось';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'не удалось соединиться за отведённое время';
    default:
      return cause?.message ?? (error as Error).message;
  }
}
