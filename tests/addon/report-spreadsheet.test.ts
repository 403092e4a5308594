// The report spreadsheet made by the add-on through the Sheets and Drive REST APIs
// (the drive.file path), in a Sheets API stand-in running in its own process; a REAL sync service,
// configured to read Google through that stand-in, pulls it and counts the school.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpreadsheetResult } from '../../addon/server/report/report-wire';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { httpFetch, type FetchHandler } from '../../testkit/apps-script/index';
import { actAs, STAND_IN_OAUTH_TOKEN } from '../../testkit/apps-script/year';
import { spawnSheetsStandin, type StandinProcess } from '../../testkit/sheets-standin/process';

const ADMIN = 'admin-token-report-sheet-0123456789abcdef';
const ACCOUNT = 'nastavnik-sync@region-project.iam.gserviceaccount.com';
/** Each bearer token is a person (or the region's service account) to the Sheets/Drive stand-in. */
const CURATOR = {
  token: STAND_IN_OAUTH_TOKEN,
  email: 'kurator@school.example',
  name: 'Анна Куратова',
  access: 'drive.file' as const,
};
const DEPUTY = {
  token: 'stand-in-oauth-token-deputy',
  email: 'zam@school.example',
  name: 'Борис Замов',
  access: 'drive.file' as const,
};
const SERVICE = { token: 'service-account-token', email: ACCOUNT, access: 'shared' as const };
const processes: ChildProcess[] = [];
let google: StandinProcess;
let serviceUrl = '';
let dataDir = '';

function firstMatch(child: ChildProcess, pattern: RegExp): Promise<string> {
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = pattern.exec(output);
      if (m) {
        clearTimeout(timer);
        resolvePromise(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

beforeAll(async () => {
  google = await spawnSheetsStandin({ users: [CURATOR, DEPUTY, SERVICE] });
  processes.push(google.child);

  dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-pull-'));
  // The region's service reads with its own token: it sees a report spreadsheet once it is shared.
  const service = spawn('npx', ['tsx', 'sync-service/src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_TOKEN: ADMIN,
      DATABASE_URL: '',
      SHEETS_API_ROOT_URL: google.url,
      SHEETS_API_TOKEN: SERVICE.token,
      REGIONAL_SPREADSHEET_ID: '',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  processes.push(service);
  serviceUrl = `http://127.0.0.1:${await firstMatch(service, /работает: http:\/\/127\.0\.0\.1:(\d+)\//)}`;
}, 90_000);

afterAll(() => {
  for (const child of processes) {
    try {
      if (child.pid) process.kill(child.spawnargs[0] === 'npx' ? -child.pid : child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const permissionsOf = (id: string) =>
  google.command<{ role: string; type: string; emailAddress?: string }[]>({ do: 'permissions', id });
const createdCount = () => google.command<number>({ do: 'created' });

async function admin(path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${serviceUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}

/** Google's hosts reach the stand-in, as SHEETS_API_ROOT_URL does for the service. */
const viaStandin: FetchHandler = (req) =>
  httpFetch({ ...req, url: req.url.replace(/^https:\/\/(sheets|www)\.googleapis\.com\//, google.url) });

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

/** A workspace of a school with `code`, its data filled and the region's account saved. */
async function workspace(code: string) {
  const { gas, addon } = await startAddon({ fetch: viaStandin, googleRest: 'external' });
  callEntry(addon, 'createWorkspace');
  gas.setSettings({
    'Наименование организации': 'МБОУ «Лицей № 11»',
    'Код организации в регионе': code,
    Муниципалитет: 'Кемеровский городской округ',
    'Тип организации': 'Школа',
    'Обучающихся 10–19 лет': 50,
    'Обучающихся 15–19 лет': 20,
    Педагогов: 10,
    'Молодых педагогов (стаж 0–3 года)': 2,
  });
  gas.setSheetValues(
    'Наставники',
    rowsOf(
      mentorSheet.columns.map((c) => c.header),
      [
        {
          ID: 'Н001',
          ФИО: 'Кравец Ольга Андреевна',
          Категория: 'Обучающийся',
          Возраст: 17,
          'Формы наставничества': 'ученик – ученик',
          'Согласие на обработку ПДн': 'да',
          Email: 'kravets@mail.example',
        },
      ],
    ),
  );
  gas.setSheetValues(
    'Наставляемые',
    rowsOf(
      menteeSheet.columns.map((c) => c.header),
      [
        {
          ID: 'У001',
          ФИО: 'Зуев Пётр Олегович',
          Категория: 'Обучающийся',
          Возраст: 11,
          'Форма наставничества': 'ученик – ученик',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
        {
          ID: 'У002',
          ФИО: 'Юдина Ася Львовна',
          Категория: 'Обучающийся',
          Возраст: 12,
          'Форма наставничества': 'ученик – ученик',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
      ],
    ),
  );
  gas.setSheetValues(
    'Пары',
    rowsOf(
      pairSheet.columns.map((c) => c.header),
      [
        {
          'ID пары': 'П001',
          Форма: 'ученик – ученик',
          'Наставник ID': 'Н001',
          Наставник: 'Кравец Ольга Андреевна',
          'Наставляемый ID': 'У001',
          Наставляемый: 'Зуев Пётр Олегович',
          Статус: 'утверждена',
          'Дата начала': '01.09.2024',
        },
        {
          'ID пары': 'П001',
          Форма: 'ученик – ученик',
          'Наставник ID': 'Н001',
          Наставник: 'Кравец Ольга Андреевна',
          'Наставляемый ID': 'У002',
          Наставляемый: 'Юдина Ася Львовна',
          Статус: 'утверждена',
          'Дата начала': '01.09.2024',
        },
      ],
    ),
  );
  expect(() =>
    callFromPage(addon, 'saveConnection', { serviceUrl: '', token: '', serviceAccount: 'не адрес' }),
  ).toThrow('Сервисный аккаунт региона');
  callFromPage(addon, 'saveConnection', { serviceUrl: '', token: '', serviceAccount: ACCOUNT });
  return {
    gas,
    addon,
    publish: (personalCopy?: boolean) =>
      callFromPage<SpreadsheetResult>(addon, 'writeReportSpreadsheet', '2024', ...(personalCopy ? [true] : [])),
  };
}

/** The region registers the school with this spreadsheet and syncs: the school's outcome. */
async function registerAndPull(code: string, spreadsheetId: string): Promise<{ status: string; error?: string }> {
  const registration = await admin('/api/v1/schools', {
    id: code,
    name: 'МБОУ «Лицей № 11»',
    municipality: 'Кемеровский городской округ',
    kind: 'school',
    source: { type: 'google', spreadsheetId },
  });
  expect(registration, JSON.stringify(registration.body)).toMatchObject({ status: 201 });
  const started = await admin('/api/v1/sync', {});
  expect(started.status).toBe(202);
  await expect.poll(async () => (await admin(started.body.statusUrl)).body.state).toBe('done');
  return (await admin(started.body.statusUrl)).body.results.find((r: { id: string }) => r.id === code);
}

function thrown(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a failure');
}

describe('report spreadsheet for the region', () => {
  it('is created once under drive.file, filled, shared read-only, and pulled by the sync service', async () => {
    const { gas, publish } = await workspace('42-0011');
    const first = publish();
    expect(first).toMatchObject({ created: true, sharedWith: [ACCOUNT] });
    expect(first.message).toContain(`Её идентификатор для регионального центра: ${first.id}`);
    expect(await permissionsOf(first.id)).toEqual([{ role: 'reader', type: 'user', emailAddress: ACCOUNT }]);
    // Every request carried the add-on's own OAuth token; nothing was asked of SpreadsheetApp.create.
    expect(gas.urlFetch._requests.every((r) => r.headers.Authorization === `Bearer ${STAND_IN_OAUTH_TOKEN}`)).toBe(
      true,
    );
    expect(gas.urlFetch._requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')}`)).toEqual([
      'GET https://www.googleapis.com/drive/v3/about',
      'POST https://sheets.googleapis.com/v4/spreadsheets',
      `POST https://sheets.googleapis.com/v4/spreadsheets/${first.id}/values:batchUpdate`,
      `POST https://www.googleapis.com/drive/v3/files/${first.id}/permissions`,
    ]);

    // Refreshing reuses the same spreadsheet and shares it only once.
    const again = publish();
    expect(again).toMatchObject({ id: first.id, created: false, sharedWith: [ACCOUNT] });
    expect(await permissionsOf(first.id)).toHaveLength(1);

    // The region registers the school with its spreadsheet and pulls it.
    expect(await registerAndPull('42-0011', first.id)).toMatchObject({ status: 'ok' });
    const region = await admin('/api/v1/indicators?period=2024');
    const school = region.body.schools.find((s: { id: string }) => s.id === '42-0011');
    expect(school.indicators.menteeStudentsShare).toMatchObject({ numerator: 2, denominator: 50, percent: 4 });
    expect(school.indicators.mentorStudentsShare).toMatchObject({ numerator: 1, denominator: 20, percent: 5 });
    const stored = await admin('/api/v1/schools/42-0011/reports?period=2024');
    expect(JSON.stringify(stored.body)).not.toMatch(/Кравец|Зуев|Юдина|kravets@/);
  }, 120_000);

  it('interrupted after creation (sharing fails, retries included), the rerun continues with the same spreadsheet', async () => {
    const { gas, publish } = await workspace('42-0012');
    const before = await createdCount();
    await google.command({ do: 'fail', target: 'drive', fault: { status: 500, times: 4, method: 'POST' } });
    expect(thrown(() => publish())).toMatch(
      /^Таблица отчёта: открыть доступ для nastavnik-sync@region-project\.iam\.gserviceaccount\.com не удалось \(Google ответил 500/,
    );
    expect(await createdCount()).toBe(before + 1);
    const made = gas.urlFetch._requests
      .find((r) => r.url.endsWith('/values:batchUpdate'))!
      .url.match(/spreadsheets\/([^/]+)\//)![1];
    // Not shared yet: the region's account cannot see it.
    expect(await permissionsOf(made)).toEqual([]);

    const rerun = publish();
    expect(rerun).toMatchObject({ id: made, sharedWith: [ACCOUNT] });
    expect(await createdCount()).toBe(before + 1);
    expect(await permissionsOf(made)).toHaveLength(1);
    expect(await registerAndPull('42-0012', made)).toMatchObject({ status: 'ok' });
  }, 120_000);

  it('a second editor gets "created by …" and no new spreadsheet; a personal copy only when asked, with the new address to report', async () => {
    const { gas, publish } = await workspace('42-0013');
    const first = publish();
    const before = await createdCount();

    actAs(gas.scriptApp, DEPUTY.token);
    const message = thrown(() => publish());
    expect(message).toContain(
      `Таблицу отчёта для региона (${first.id}) создал(а) Анна Куратова (kurator@school.example).`,
    );
    expect(message).toContain('у вас (zam@school.example) доступа к ней нет');
    expect(message).toContain('попросите Анна Куратова открыть рабочую таблицу и нажать «Таблица для региона» ещё раз');
    expect(message).toContain('сообщить региональному центру');
    expect(await createdCount()).toBe(before);

    // The curator's own press still updates the same spreadsheet.
    actAs(gas.scriptApp, CURATOR.token);
    expect(publish()).toMatchObject({ id: first.id, created: false });
    expect(await registerAndPull('42-0013', first.id)).toMatchObject({ status: 'ok' });

    // The deputy deliberately makes their own copy: a new spreadsheet and the region must be told.
    actAs(gas.scriptApp, DEPUTY.token);
    const copy = publish(true);
    expect(copy.id).not.toBe(first.id);
    expect(copy).toMatchObject({ created: true, sharedWith: [ACCOUNT] });
    expect(copy.message).toContain(
      `Это новая таблица вместо ${first.id}: сообщите региональному центру новый идентификатор`,
    );
    expect(await createdCount()).toBe(before + 1);
  }, 120_000);

  it('is recreated only when its own creator finds it deleted (404)', async () => {
    const { publish } = await workspace('42-0014');
    const first = publish();
    await google.command({ do: 'delete', id: first.id });
    const second = publish();
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ created: true, sharedWith: [ACCOUNT] });
    expect(second.message).toContain(`Это новая таблица вместо ${first.id}`);
  }, 120_000);

  it('a disabled Sheets or Drive API names the API and what to ask the administrator', async () => {
    const { publish } = await workspace('42-0015');
    const before = await createdCount();
    await google.command({ do: 'disable', api: 'sheets', disabled: true });
    try {
      expect(thrown(() => publish())).toBe(
        'Таблица отчёта: создать таблицу не удалось — Google Sheets API отключён в проекте Google Cloud, к которому привязана надстройка. ' +
          'Попросите администратора домена (или того, кто установил надстройку) включить Google Sheets API в этом проекте ' +
          '(консоль Google Cloud → «API и сервисы» → «Включить API и сервисы») и повторите через несколько минут.',
      );
      await google.command({ do: 'disable', api: 'sheets', disabled: false });
      await google.command({ do: 'disable', api: 'drive', disabled: true });
      expect(thrown(() => publish())).toMatch(
        /^Таблица отчёта: узнать, от чьего имени работает надстройка, не удалось — Google Drive API отключён/,
      );
      expect(await createdCount()).toBe(before);
    } finally {
      await google.command({ do: 'clear' });
    }
  }, 120_000);

  it('a quota refusal (403 rate limit, 429) is retried with pauses, then explained', async () => {
    const { gas, publish } = await workspace('42-0016');
    const first = publish();
    try {
      await google.command({
        do: 'fail',
        target: first.id,
        fault: { status: 403, reason: 'rateLimitExceeded', times: 2, method: 'POST' },
      });
      const slept = gas.utilities._slept;
      expect(publish()).toMatchObject({ id: first.id, created: false });
      expect(gas.utilities._slept - slept).toBeGreaterThanOrEqual(3000); // 1 s, then 2 s, with jitter on top
      expect(gas.urlFetch._requests.filter((r) => r.url.endsWith(`${first.id}/values:batchUpdate`))).toHaveLength(
        1 + 3,
      ); // the first press, then two refusals and the write that passed

      await google.command({ do: 'fail', target: first.id, fault: { status: 429, method: 'POST' } });
      expect(thrown(() => publish())).toMatch(
        /^Таблица отчёта: записать отчёт не удалось — Google временно ограничил число запросов \(квота Google Sheets API, ответ 429\), 4 попытки с паузами не помогли\. Подождите минуту/,
      );
    } finally {
      await google.command({ do: 'clear' });
    }
  }, 120_000);
});
