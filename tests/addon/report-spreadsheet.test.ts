// The report spreadsheet of CONTRACTS §6 made by the add-on through the Sheets and Drive REST APIs
// (the drive.file path), in a Sheets API stand-in running in its own process; a REAL sync service,
// configured to read Google through that stand-in, pulls it and counts the school.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpreadsheetResult } from '../../addon/server/report/report-wire';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import { callEntry, callFromPage } from '../support/apps-script/bundle';
import { startAddon } from '../support/apps-script/addon-build';
import { httpFetch, type FetchHandler } from '../support/apps-script/index';
import { STAND_IN_OAUTH_TOKEN } from '../support/apps-script/year';

const ADMIN = 'admin-token-report-sheet-0123456789abcdef';
const ACCOUNT = 'nastavnik-sync@region-project.iam.gserviceaccount.com';
const processes: ChildProcess[] = [];
let sheetsUrl = '';
let serviceUrl = '';
let dataDir = '';
let ask: (line: string) => Promise<string>;

function firstMatch(child: ChildProcess, pattern: RegExp): Promise<string> {
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d;
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
  const standin = resolve('tests/support/sheets-standin/index.ts');
  const sheets = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { startSheetsStandin } from ${JSON.stringify(standin)};
       const s = await startSheetsStandin({ token: ${JSON.stringify(STAND_IN_OAUTH_TOKEN)} });
       console.log('standin ' + s.url);
       process.stdin.on('data', (d) => { const id = String(d).trim(); process.stdout.write('permissions ' + JSON.stringify(s.permissions.get(id) ?? []) + '\\n'); });`,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  processes.push(sheets);
  sheetsUrl = await firstMatch(sheets, /standin (http:\/\/\S+)/);
  const lines = createInterface({ input: sheets.stdout! });
  ask = (line) =>
    new Promise((answer) => {
      lines.once('line', (l) => answer(l.replace(/^permissions /, '')));
      sheets.stdin!.write(`${line}\n`);
    });

  dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-pull-'));
  const service = spawn('npx', ['tsx', 'sync-service/src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN, DATABASE_URL: '', SHEETS_API_ROOT_URL: sheetsUrl, SHEETS_API_TOKEN: STAND_IN_OAUTH_TOKEN, REGIONAL_SPREADSHEET_ID: '' },
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

async function admin(path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${serviceUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}

/** Google's hosts reach the stand-in, as SHEETS_API_ROOT_URL does for the service. */
const viaStandin: FetchHandler = (req) => httpFetch({ ...req, url: req.url.replace(/^https:\/\/(sheets|www)\.googleapis\.com\//, sheetsUrl) });

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

describe('report spreadsheet for the region', () => {
  it('is created once under drive.file, filled, shared read-only, and pulled by the sync service', async () => {
    const { gas, addon } = await startAddon({ fetch: viaStandin });
    callEntry(addon, 'createWorkspace');
    const settings = gas.sheetValues('Настройки').map((row) => [...row]);
    const values: Record<string, string | number> = {
      'Наименование организации': 'МБОУ «Лицей № 11»',
      'Код организации в регионе': '42-0011',
      'Муниципалитет': 'Кемеровский городской округ',
      'Тип организации': 'Школа',
      'Обучающихся 10–19 лет': 50,
      'Обучающихся 15–19 лет': 20,
      'Педагогов': 10,
      'Молодых педагогов (стаж 0–3 года)': 2,
    };
    for (const row of settings) if (String(row[0]) in values) row[1] = values[String(row[0])];
    gas.setSheetValues('Настройки', settings);
    gas.setSheetValues('Наставники', rowsOf(mentorSheet.columns.map((c) => c.header), [
      { ID: 'Н001', ФИО: 'Кравец Ольга Андреевна', Категория: 'Обучающийся', Возраст: 17, 'Формы наставничества': 'ученик – ученик', 'Согласие на обработку ПДн': 'да', Email: 'kravets@mail.example' },
    ]));
    gas.setSheetValues('Наставляемые', rowsOf(menteeSheet.columns.map((c) => c.header), [
      { ID: 'У001', ФИО: 'Зуев Пётр Олегович', Категория: 'Обучающийся', Возраст: 11, 'Форма наставничества': 'ученик – ученик', 'Согласие на обработку ПДн': 'да', Статус: 'в паре' },
      { ID: 'У002', ФИО: 'Юдина Ася Львовна', Категория: 'Обучающийся', Возраст: 12, 'Форма наставничества': 'ученик – ученик', 'Согласие на обработку ПДн': 'да', Статус: 'в паре' },
    ]));
    gas.setSheetValues('Пары', rowsOf(pairSheet.columns.map((c) => c.header), [
      { 'ID пары': 'П001', Форма: 'ученик – ученик', 'Наставник ID': 'Н001', Наставник: 'Кравец Ольга Андреевна', 'Наставляемый ID': 'У001', Наставляемый: 'Зуев Пётр Олегович', Статус: 'утверждена', 'Дата начала': '01.09.2024' },
      { 'ID пары': 'П001', Форма: 'ученик – ученик', 'Наставник ID': 'Н001', Наставник: 'Кравец Ольга Андреевна', 'Наставляемый ID': 'У002', Наставляемый: 'Юдина Ася Львовна', Статус: 'утверждена', 'Дата начала': '01.09.2024' },
    ]));

    expect(() => callFromPage(addon, 'saveConnection', { serviceUrl: '', token: '', serviceAccount: 'не адрес' })).toThrow('Сервисный аккаунт региона');
    callFromPage(addon, 'saveConnection', { serviceUrl: '', token: '', serviceAccount: ACCOUNT });
    const first = callFromPage<SpreadsheetResult>(addon, 'writeReportSpreadsheet', '2024');
    expect(first).toMatchObject({ created: true, sharedWith: [ACCOUNT] });
    expect(first.message).toContain(`Её идентификатор для регионального центра: ${first.id}`);
    expect(JSON.parse(await ask(first.id))).toEqual([{ role: 'reader', type: 'user', emailAddress: ACCOUNT }]);
    // Every request carried the add-on's own OAuth token; nothing was asked of SpreadsheetApp.create.
    expect(gas.urlFetch._requests.every((r) => r.headers.Authorization === `Bearer ${STAND_IN_OAUTH_TOKEN}`)).toBe(true);
    expect(gas.urlFetch._requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')}`)).toEqual([
      'POST https://sheets.googleapis.com/v4/spreadsheets',
      `POST https://sheets.googleapis.com/v4/spreadsheets/${first.id}/values:batchUpdate`,
      `POST https://www.googleapis.com/drive/v3/files/${first.id}/permissions`,
    ]);

    // Refreshing reuses the same spreadsheet and shares it only once.
    const again = callFromPage<SpreadsheetResult>(addon, 'writeReportSpreadsheet', '2024');
    expect(again).toMatchObject({ id: first.id, created: false, sharedWith: [ACCOUNT] });
    expect(JSON.parse(await ask(first.id))).toHaveLength(1);

    // The region registers the school with its spreadsheet and pulls it.
    const registration = await admin('/api/v1/schools', { id: '42-0011', name: 'МБОУ «Лицей № 11»', municipality: 'Кемеровский городской округ', kind: 'school', source: { type: 'google', spreadsheetId: first.id } });
    expect(registration, JSON.stringify(registration.body)).toMatchObject({ status: 201 });
    const sync = await admin('/api/v1/sync', {});
    expect(sync.body.results).toEqual([expect.objectContaining({ id: '42-0011', status: 'ok' })]);
    const region = await admin('/api/v1/indicators?period=2024');
    const school = region.body.schools.find((s: { id: string }) => s.id === '42-0011');
    expect(school.indicators.menteeStudentsShare).toMatchObject({ numerator: 2, denominator: 50, percent: 4 });
    expect(school.indicators.mentorStudentsShare).toMatchObject({ numerator: 1, denominator: 20, percent: 5 });
    const stored = await admin('/api/v1/schools/42-0011/reports?period=2024');
    expect(JSON.stringify(stored.body)).not.toMatch(/Кравец|Зуев|Юдина|kravets@/);
  }, 120_000);
});
