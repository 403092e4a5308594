// `push` against the real sync service (Hono app, in-memory SQLite) on a loopback port: the report
// built by `report` is accepted, replaced, refused with every issue placed, and counted regionally.
import { serve, type ServerType } from '@hono/node-server';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../sync-service/src/app';
import { generateToken, hashToken } from '../../sync-service/src/auth/token';
import { openStore, type Store } from '../../sync-service/src/store';
import { RETRY_DELAYS_MS } from '../../cli/push-command';
import { runCli } from './helpers';
import { EXPECTED_REPORT, programmeWorkspace } from './programme-workspace';

const ADMIN = generateToken();
let store: Store;
let servers: ServerType[] = [];
let url: string;
let schoolToken: string;
let reportPath: string;
let dir: string;

async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<string> {
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: ServerType): Promise<void> {
  (server as Server).closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(url + path, {
    method,
    headers: {
      authorization: `Bearer ${ADMIN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const noWait = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

beforeAll(async () => {
  store = await openStore({ memory: true });
  const app = createApp({ store, adminTokenHash: hashToken(ADMIN), logError: () => {} });
  url = await listen(app.fetch);
  const registered = await admin('POST', '/api/v1/schools', {
    id: '42-0003',
    name: 'МБОУ «Лицей № 3»',
    municipality: 'Прокопьевский городской округ',
    kind: 'school',
  });
  expect(registered.status).toBe(201);
  schoolToken = ((await registered.json()) as { token: string }).token;
  // One folder for the whole suite (helpers' tempDir is emptied after each test).
  dir = await mkdtemp(join(tmpdir(), 'nastavnik-push-'));
  reportPath = join(dir, 'report.json');
  const made = await runCli([
    'report',
    '--workbook',
    await programmeWorkspace(dir),
    '--school-id',
    '42-0003',
    '--period',
    '2024',
    '--out',
    reportPath,
  ]);
  expect(made.code).toBe(0);
});

afterAll(async () => {
  await Promise.all(servers.map(close));
  servers = [];
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('push', () => {
  it('is accepted with 201, replaces the current report with 200, keeps every revision, and an identical push adds none', async () => {
    const first = await runCli(['push', reportPath, '--url', url, '--token', schoolToken]);
    expect(first).toEqual({
      code: 0,
      stdout: 'Отчёт принят (201): организация «42-0003», 2024 год, редакция 1 — первая за этот период.\n',
      stderr: '',
    });

    const changedPath = join(dir, 'changed.json');
    await writeFile(changedPath, JSON.stringify({ ...EXPECTED_REPORT, programs: EXPECTED_REPORT.programs + 1 }));
    const again = await runCli(['push', changedPath, '--url', `${url}/`, '--token', schoolToken]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      'Отчёт принят и заменил текущий (200): организация «42-0003», 2024 год, теперь действует редакция 2; прежние редакции сохранены в сервисе.\n',
    );
    const same = await runCli(['push', changedPath, '--url', url, '--token', schoolToken]);
    expect(same).toEqual({
      code: 0,
      stdout:
        'Отчёт не изменился (200): организация «42-0003», 2024 год, действует редакция 2; новая редакция не создана.\n',
      stderr: '',
    });

    const revisions = (await (await admin('GET', '/api/v1/schools/42-0003/reports?period=2024')).json()) as {
      revisions: { revision: number }[];
    };
    expect(revisions.revisions.map((r) => r.revision)).toEqual([2, 1]);
  });

  it('shows the school in the region’s indicators with the counts of its workspace', async () => {
    const response = await admin('GET', '/api/v1/indicators?period=2024');
    expect(response.status).toBe(200);
    const tables = (await response.json()) as {
      schools: {
        id: string;
        indicators: Record<string, { numerator: number; denominator: number | null; percent: number | null }>;
      }[];
    };
    const school = tables.schools.find((row) => row.id === '42-0003');
    expect(school?.indicators.menteeStudentsShare).toMatchObject({ numerator: 3, denominator: 400, percent: 0.8 });
    expect(school?.indicators.mentorSatisfaction).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
    expect(school?.indicators.menteeSatisfaction).toMatchObject({ numerator: 2, denominator: 3, percent: 66.7 });
  });

  it('prints each issue of a refused report (400) with its path and exits 1', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        ...EXPECTED_REPORT,
        participants: { ...EXPECTED_REPORT.participants, menteeStudents10to19: 401 },
        enterprises: [{ inn: '4205012341', name: 'ООО «Опечатка»' }],
        programs: -1,
      }),
    );
    const result = await runCli(['push', bad, '--url', url, '--token', schoolToken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Сервис отклонил отчёт \(400\): /);
    expect(result.stderr).toContain(
      '  Отчёт, поле participants.menteeStudents10to19 («Наставляемые обучающиеся 10–19 лет»): ',
    );
    expect(result.stderr).toContain('  Отчёт, поле enterprises.0.inn: ');
    expect(result.stderr).toContain(
      '  Отчёт, поле programs («Персонализированные программы наставничества»): Ожидается целое число не меньше 0, получено: число -1',
    );
    const revisions = (await (await admin('GET', '/api/v1/schools/42-0003/reports?period=2024')).json()) as {
      revisions: unknown[];
    };
    expect(revisions.revisions).toHaveLength(2);
  });

  it('explains a refused token (401) and a report of another school (403)', async () => {
    const unknown = await runCli(['push', reportPath, '--url', url, '--token', generateToken()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Сервис не принял токен \(401\): .+Проверьте --token: нужен токен организации/);
    // One token in 64 the service issues begins with «-» (base64url): it is still --token's value.
    const dashed = await runCli(['push', reportPath, '--url', url, '--token', `-${generateToken()}`]);
    expect(dashed.stderr).toMatch(/^Сервис не принял токен \(401\)/);

    const other = join(dir, 'other.json');
    await writeFile(
      other,
      JSON.stringify({ ...EXPECTED_REPORT, school: { ...EXPECTED_REPORT.school, id: '42-0999' } }),
    );
    const forbidden = await runCli(['push', other, '--url', url, '--token', schoolToken]);
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toMatch(
      /^Отправка запрещена \(403\): Токен выдан организации «42-0003», а отчёт — организации «42-0999»/,
    );
  });

  it('names a wrong service address (404) and a file that is not a report', async () => {
    const wrong = await runCli(['push', reportPath, '--url', `${url}/nastavnik`, '--token', schoolToken]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`По адресу ${url}/nastavnik/api/v1/reports нет приёма отчётов (404)`);

    const notJson = join(dir, 'notes.json');
    await writeFile(notJson, 'отчёт будет позже');
    const garbage = await runCli(['push', notJson, '--url', url, '--token', schoolToken]);
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toContain('Файл отчёта «notes.json» — не JSON');
    const missing = await runCli(['push', join(dir, 'нет.json'), '--url', url, '--token', schoolToken]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('нет.json» не найден');
  });

  it('retries 5xx with growing pauses; a replay after a lost answer adds no revision and no second school', async () => {
    // The real service behind a front that, as in a restart, first loses the service's answer
    // after the report was stored, then fails outright, then passes the request through.
    let calls = 0;
    const app = createApp({ store, adminTokenHash: hashToken(ADMIN), logError: () => {} });
    const flaky = await listen(async (request) => {
      calls++;
      if (calls === 1) {
        await app.fetch(request);
        return new Response('Bad Gateway', { status: 502 });
      }
      if (calls === 2)
        return Response.json({ error: { code: 'unavailable', message: 'Сервис перезапускается' } }, { status: 503 });
      return app.fetch(request);
    });
    const { waits, sleep } = noWait();
    const result = await runCli(['push', reportPath, '--url', flaky, '--token', schoolToken], { sleep });
    expect(result.code).toBe(0);
    expect(calls).toBe(3);
    expect(waits).toEqual(RETRY_DELAYS_MS.slice(0, 2));
    expect(result.stderr).toContain(
      'Попытка 1 из 4: сервис ответил 502. Повтор через 1 с (повтор безопасен: тот же отчёт, доставленный повторно, сервис узнаёт',
    );
    expect(result.stderr).toContain('Попытка 2 из 4: сервис ответил 503 (Сервис перезапускается). Повтор через 3 с');
    expect(result.stdout).toContain('не изменился (200)');
    expect(result.stdout).toContain('редакция 3');

    const revisions = (await (await admin('GET', '/api/v1/schools/42-0003/reports?period=2024')).json()) as {
      revisions: unknown[];
    };
    expect(revisions.revisions).toHaveLength(3);
    const tables = (await (await admin('GET', '/api/v1/indicators?period=2024')).json()) as {
      region: { schoolsReporting: number; indicators: { menteeStudentsShare: { numerator: number } } };
      schools: { id: string }[];
    };
    expect(tables.schools.filter((school) => school.id === '42-0003')).toHaveLength(1);
    expect(tables.region.schoolsReporting).toBe(1);
    expect(tables.region.indicators.menteeStudentsShare.numerator).toBe(3);
  });

  it('gives up after four attempts when nobody listens, saying the report was not delivered', async () => {
    const gone = await listen(() => new Response(''));
    await close(servers.pop()!);
    const { waits, sleep } = noWait();
    const result = await runCli(['push', reportPath, '--url', gone, '--token', schoolToken], { sleep });
    expect(result.code).toBe(1);
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
    expect(result.stderr.match(/^Попытка \d из 4: нет связи с сервисом: соединение отклонено/gm)).toHaveLength(3);
    expect(result.stderr).toMatch(
      /Отчёт не доставлен: нет связи с сервисом: соединение отклонено — сервис не запущен или адрес неверен; попыток: 4\. Повторите отправку позже/,
    );
  });
});
