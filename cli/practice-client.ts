// Talking to the region's bank of practices: POST /api/v1/practices (a card, with the school's token)
// and GET /api/v1/practices?school=… (the statuses). A 5xx, 408, 429 or a lost connection is retried
// with the pauses of `push`; sending a card again is safe — the same practice id only adds a revision.
import { readPracticesAnswer, type PracticeStatus } from '../shared/practice/bank-status';
import { EXIT_BAD_INPUT, EXIT_OK, InputError, type CliIo } from './io';
import { networkReason, RETRY_DELAYS_MS } from './push-command';

const ATTEMPT_TIMEOUT_MS = 30_000;

interface ServiceAnswer {
  status: number;
  json: Record<string, unknown> & { error?: { message?: string; issues?: { path?: string; message?: string }[] } };
}

export function serviceEndpoint(url: string, path: string): string {
  return new URL(path, url.endsWith('/') ? url : `${url}/`).toString();
}

/** The answer once it is not worth retrying, or null after the last attempt failed (already told). */
async function callService(
  endpoint: string,
  init: RequestInit,
  io: CliIo,
  what: string,
  safe: string,
): Promise<ServiceAnswer | null> {
  const sleep = (ms: number) => (io.sleep ? io.sleep(ms) : new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = RETRY_DELAYS_MS.length + 1;
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    try {
      const response = await fetch(endpoint, { ...init, signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) });
      let json: ServiceAnswer['json'] = {};
      try {
        const parsed: unknown = await response.json();
        if (typeof parsed === 'object' && parsed !== null) json = parsed as ServiceAnswer['json'];
      } catch {
        // a proxy answered with something else than JSON
      }
      const status = response.status;
      if (!(status >= 500 || status === 408 || status === 429)) return { status, json };
      failure = `сервис ответил ${status}${json.error?.message ? ` (${json.error.message})` : ''}`;
    } catch (error) {
      failure = `нет связи с сервисом: ${networkReason(error)}`;
    }
    if (attempt === attempts) {
      io.stderr(`${what}: ${failure}; попыток: ${attempts}. Повторите позже — ${safe}.\n`);
      return null;
    }
    const delay = RETRY_DELAYS_MS[attempt - 1];
    io.stderr(`Попытка ${attempt} из ${attempts}: ${failure}. Повтор через ${delay / 1000} с (${safe}).\n`);
    await sleep(delay);
  }
}

/** Common refusals, in the words a curator can act on. */
function refusal(status: number, answer: ServiceAnswer['json'], endpoint: string, what: string): string {
  const said = answer.error?.message ? `: ${answer.error.message}` : '';
  switch (status) {
    case 401:
      return `${what} (401)${said}. Проверьте --token: нужен токен организации, выданный региональным центром при её регистрации.`;
    case 403:
      return `${what} (403)${said}. Токен выдан другой организации: карточка отправляется и статусы читаются токеном той организации, чей код стоит в карточке (schoolId) или в «Настройках».`;
    case 404:
      return `По адресу ${endpoint} нет банка практик (404): проверьте --url — нужен адрес регионального сервиса.`;
    case 413:
      return `${what} (413)${said}: карточка больше 1 МБ — сократите описание.`;
    default:
      return `${what}: сервис ответил ${status}${said}.`;
  }
}

const SEND_SAFE = 'повтор безопасен: карточка с тем же кодом практики лишь станет новой редакцией';

export async function sendCard(url: string, token: string, body: string, io: CliIo): Promise<number> {
  const endpoint = serviceEndpoint(url, 'api/v1/practices');
  const answer = await callService(
    endpoint,
    { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body },
    io,
    'Карточка не доставлена',
    SEND_SAFE,
  );
  if (!answer) return EXIT_BAD_INPUT;
  const { status, json } = answer;
  if (status === 200 || status === 201) {
    const first =
      status === 201
        ? 'принята на рассмотрение (201) — первая редакция'
        : `принята (200) — редакция ${String(json.revision)}, прежние сохранены в сервисе`;
    io.stdout(
      `Карточка практики «${String(json.practiceId)}» ${first}; статус в банке региона: ${String(json.status)}.\n`,
    );
    return EXIT_OK;
  }
  if (status === 400) {
    const issues = (json.error?.issues ?? []).map((i) => `  ${i.path || 'карточка'}: ${i.message ?? ''}\n`).join('');
    io.stderr(
      `Сервис отклонил карточку (400)${json.error?.message ? `: ${json.error.message}` : ''}\n${issues}Исправьте карточку и отправьте снова.\n`,
    );
    return EXIT_BAD_INPUT;
  }
  io.stderr(`${refusal(status, json, endpoint, 'Карточка не принята')}\n`);
  return EXIT_BAD_INPUT;
}

/** The school's practices as the bank sees them; an InputError when they cannot be had. */
export async function fetchPractices(
  url: string,
  token: string,
  schoolId: string,
  io: CliIo,
): Promise<PracticeStatus[]> {
  const endpoint = serviceEndpoint(url, `api/v1/practices?school=${encodeURIComponent(schoolId)}`);
  const answer = await callService(
    endpoint,
    { method: 'GET', headers: { authorization: `Bearer ${token}` } },
    io,
    'Статусы практик не получены',
    'повтор безопасен: чтение ничего не меняет',
  );
  if (!answer) throw new InputError([`Статусы практик не получены от ${endpoint}`]);
  if (answer.status !== 200)
    throw new InputError([refusal(answer.status, answer.json, endpoint, 'Статусы практик не получены')]);
  const read = readPracticesAnswer(answer.json);
  if (!read.ok)
    throw new InputError(read.problems.map((problem) => `Ответ сервиса ${endpoint} не по формату: ${problem}`));
  return read.practices;
}
