// The regional spreadsheet: its four sheets after a sync and after pushes through the real app,
// a fixed number of API calls, and nothing but aggregates in it.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../sync-service/src/app';
import { hashToken } from '../../sync-service/src/auth/token';
import type { Store } from '../../sync-service/src/store';
import { DatabaseLock } from '../../sync-service/src/sync/lock';
import { startSyncFromEnv, type SyncWiring } from '../../sync-service/src/sync/from-env';
import { REGIONAL_SHEETS } from '../../sync-service/src/sync/regional-layout';
import { createSyncService, type SyncService } from '../../sync-service/src/sync/service';
import { REPORT_SHEETS } from '../../shared/report/sheet';
import { startSheetsStandin, type SheetsStandin } from '../../testkit/sheets-standin';
import { fastClock } from './support/fast-clock';
import { GOOGLE_SCHOOLS, putSpreadsheets, REGIONAL_ID, registerSchools, reportOf, SCHOOLS } from './support/fixtures';
import { standinGateway, STANDIN_TOKEN } from '../../testkit/google/standin';
import { STORE_KINDS, type TestDatabase } from './support/stores';

const [A, B, C] = GOOGLE_SCHOOLS;
const D = SCHOOLS[3];
const ADMIN_TOKEN = 'admin-token-for-regional-tests-0123456789';

describe.each(STORE_KINDS)('regional spreadsheet on $name', (kind) => {
  let db: TestDatabase;
  let store: Store;
  let standin: SheetsStandin;
  let sync: SyncService | undefined;
  let server: ServerType | undefined;

  beforeEach(async () => {
    standin = await startSheetsStandin({ token: STANDIN_TOKEN });
    db = await kind.create();
    store = await db.open();
    await registerSchools(store);
    putSpreadsheets(standin);
    standin.resetLog();
  });

  afterEach(async () => {
    await sync?.stop();
    sync = undefined;
    if (server) await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    await standin.close();
    await db.drop();
  });

  function startService(delayMs = 20): SyncService {
    sync = createSyncService({
      store,
      gateway: standinGateway(standin, fastClock(5000)),
      regionalSpreadsheetId: REGIONAL_ID,
      regionalDelayMs: delayMs,
      log: () => undefined,
    });
    return sync;
  }

  const sheet = (title: string) => standin.get(REGIONAL_ID).readValues(`'${title}'`, 'UNFORMATTED_VALUE').values ?? [];
  const time = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

  it('holds the right rows after a sync: by school, by municipality, the region against targets, the errors', async () => {
    standin.fail(C.spreadsheetId!, { status: 500 });
    const run = await startService().run();
    expect(run.regional.status).toBe('ok');
    const [a] = await store.reports.revisions(A.id);
    const [b] = await store.reports.revisions(B.id);

    const schools = sheet(REGIONAL_SHEETS.schools);
    expect(schools[0]).toEqual([
      'Муниципалитет',
      'Организация',
      'Код ОО',
      'Тип',
      'Год',
      'Отчёт получен',
      'Наставляемые 10–19 лет: числитель',
      'Наставляемые 10–19 лет: знаменатель',
      'Наставляемые 10–19 лет, %',
      'Наставники 15–19 лет: числитель',
      'Наставники 15–19 лет: знаменатель',
      'Наставники 15–19 лет, %',
      'Молодые педагоги: числитель',
      'Молодые педагоги: знаменатель',
      'Молодые педагоги, %',
      'Предприятия: число (по ИНН)',
      'Удовлетворённость наставников: числитель',
      'Удовлетворённость наставников: знаменатель',
      'Удовлетворённость наставников, %',
      'Удовлетворённость наставляемых: числитель',
      'Удовлетворённость наставляемых: знаменатель',
      'Удовлетворённость наставляемых, %',
    ]);
    const figures = [130, 540, 0.241, 14, 210, 0.067, 9, 12, 0.75, 1, 15, 18, 0.833, 71, 100, 0.71];
    // Sorted by municipality, then organisation; schools without a report for the year are listed too.
    expect(schools.slice(1)).toEqual([
      ['Беловский ГО', 'ГПОУ «Беловский техникум»', C.id, 'Колледж / техникум', '2024', 'нет отчёта'],
      ['Беловский ГО', 'МБОУ «Гимназия № 2»', B.id, 'Школа', '2024', time(b.receivedAt), ...figures],
      [
        'Новокузнецкий ГО',
        'МАУ ДО «Дом творчества»',
        D.id,
        'Организация дополнительного образования',
        '2024',
        'нет отчёта',
      ],
      ['Новокузнецкий ГО', 'МБОУ «СОШ № 1»', A.id, 'Школа', '2024', time(a.receivedAt), ...figures],
    ]);

    const municipalities = sheet(REGIONAL_SHEETS.municipalities);
    expect(municipalities.slice(0, 1)[0].slice(0, 4)).toEqual([
      'Муниципалитет',
      'Год',
      'ОО зарегистрировано',
      'ОО представили отчёт',
    ]);
    expect(municipalities.slice(1)).toEqual([
      ['Беловский ГО', '2024', 2, 1, ...figures],
      ['Новокузнецкий ГО', '2024', 2, 1, ...figures],
    ]);

    expect(sheet(REGIONAL_SHEETS.region)).toEqual([
      ['Год', 'Показатель', 'Числитель', 'Знаменатель', 'Значение', 'Цель', 'Цель достигнута'],
      ['2024', 'Организации, представившие отчёт', 2, 4, 0.5],
      ['2024', expect.stringMatching(/^Доля детей в возрасте от 10 до 19 лет/), 260, 1080, 0.241, 0.6, 'нет'],
      [
        '2024',
        expect.stringMatching(/^Доля детей и подростков в возрасте от 15 до 19 лет/),
        28,
        420,
        0.067,
        0.08,
        'нет',
      ],
      ['2024', expect.stringMatching(/^Доля преподавателей — молодых специалистов/), 18, 24, 0.75, 0.1, 'да'],
      // The region has not said how many enterprises it has: no denominator, no share.
      ['2024', expect.stringMatching(/^Доля предприятий/), 1, '', '', 0.15],
      ['2024', 'Уровень удовлетворённости наставников участием в программах наставничества', 30, 36, 0.833, 0.65, 'да'],
      [
        '2024',
        'Уровень удовлетворённости наставляемых участием в программах наставничества',
        142,
        200,
        0.71,
        0.65,
        'да',
      ],
    ]);

    const failed = (await store.schools.get(C.id))!;
    expect(sheet(REGIONAL_SHEETS.errors)).toEqual([
      ['Муниципалитет', 'Организация', 'Код ОО', 'Таблица', 'Ошибка с', 'Последняя успешная синхронизация', 'Ошибка'],
      [
        'Беловский ГО',
        'ГПОУ «Беловский техникум»',
        C.id,
        `https://docs.google.com/spreadsheets/d/${C.spreadsheetId}`,
        time(failed.lastSyncErrorAt!),
        '',
        failed.lastSyncError,
      ],
    ]);

    const s = standin.get(REGIONAL_ID);
    for (const title of Object.values(REGIONAL_SHEETS))
      expect(s.sheetByTitle(title)!.properties.gridProperties.frozenRowCount).toBe(1);
    expect(s.formatAt(REGIONAL_SHEETS.schools, 1, 8)).toEqual({ numberFormat: { type: 'PERCENT', pattern: '0.0%' } });
    expect(s.formatAt(REGIONAL_SHEETS.schools, 1, 7)).toEqual({});
    expect(s.formatAt(REGIONAL_SHEETS.region, 3, 5)).toEqual({ numberFormat: { type: 'PERCENT', pattern: '0%' } });
    // The sheet the person created the spreadsheet with is left alone.
    expect(s.sheetByTitle('Лист1')).toBeDefined();
  });

  it('costs the same three calls whatever the number of schools', async () => {
    const sync = startService();
    await sync.run();
    const forThree = standin.requestCount(REGIONAL_ID);
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...A,
      id: `kem-1${String(i).padStart(2, '0')}`,
      name: `МБОУ «СОШ № ${i + 10}»`,
      token: `token-many-${i}`,
      spreadsheetId: `1ReportManySchools_${i}_xxxx`,
    }));
    await registerSchools(store, many);
    putSpreadsheets(standin, many);
    standin.resetLog();
    await sync.run();
    expect(forThree).toBe(3);
    expect(standin.requestCount(REGIONAL_ID)).toBe(3);
    expect(sheet(REGIONAL_SHEETS.schools)).toHaveLength(1 + 64);
  });

  it('is rewritten once after a burst of accepted pushes through the app', async () => {
    // A wait longer than the burst however slow the machine; stopping flushes the one pending write.
    const service = startService(60_000);
    const app = createApp({
      store,
      adminTokenHash: hashToken(ADMIN_TOKEN),
      onReportAccepted: () => service.onReportAccepted(),
    });
    const base = await listen(app.fetch);
    for (const period of ['2023', '2024']) {
      const response = await fetch(`${base}/api/v1/reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${D.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(reportOf(D, (r) => (r.period = period))),
      });
      expect(response.status).toBe(201);
    }
    expect(standin.requestCount(REGIONAL_ID)).toBe(0);
    await service.stop();
    expect(standin.requestCount(REGIONAL_ID)).toBe(3);
    const rows = sheet(REGIONAL_SHEETS.schools).filter((r) => r[2] === D.id);
    expect(rows.map((r) => [r[4], r[6]])).toEqual([
      ['2024', 130],
      ['2023', 130],
    ]);
  });

  it('is rewritten after the region changes its targets through the app', async () => {
    const service = startService(20);
    const app = createApp({
      store,
      adminTokenHash: hashToken(ADMIN_TOKEN),
      onRegionChanged: () => service.onReportAccepted(),
    });
    const base = await listen(app.fetch);
    const push = await fetch(`${base}/api/v1/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${D.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(reportOf(D, (r) => (r.period = '2024'))),
    });
    expect(push.status).toBe(201);
    expect(standin.requestCount(REGIONAL_ID)).toBe(0);
    const response = await fetch(`${base}/api/v1/region`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Тестовая область', targets: { '2024': { menteeStudentsShare: 33 } } }),
    });
    expect(response.status).toBe(200);
    await expect.poll(() => standin.requestCount(REGIONAL_ID), { timeout: 5000 }).toBe(3);
    const targets = sheet(REGIONAL_SHEETS.region)
      .filter((r) => r[0] === '2024')
      .map((r) => r[5]);
    expect(targets).toContain(0.33); // percent-formatted cells hold fractions
  });

  it('never receives personal data, even when a school pasted some into its report spreadsheet', async () => {
    const rows = standin.get(A.spreadsheetId!).readValues(`'${REPORT_SHEETS.report}'`, 'UNFORMATTED_VALUE').values!;
    rows.push(['Куратор: Петрова Анна Сергеевна, +7 900 000-00-00', '', '']);
    standin.setSheet(A.spreadsheetId!, REPORT_SHEETS.report, rows);
    const bad = standin.get(B.spreadsheetId!).readValues(`'${REPORT_SHEETS.report}'`, 'UNFORMATTED_VALUE').values!;
    bad.push(['Наставник года', 'mentorOfYear', 'Сидоров Пётр Ильич']);
    bad[bad.findIndex((r) => r[1] === 'programs')][2] = 'Сидоров П. И.';
    standin.setSheet(B.spreadsheetId!, REPORT_SHEETS.report, bad);

    const run = await startService().run();
    expect(run.results.find((r) => r.id === A.id)!.status).toBe('ok');
    const error = run.results.find((r) => r.id === B.id)!.error!;
    expect(error).toContain('Сидоров П. И.'); // the admin's dashboard shows what was found…
    const everything = JSON.stringify(Object.values(REGIONAL_SHEETS).map(sheet));
    expect(everything).not.toMatch(/Петрова|Сидоров|\+7 900/); // …the shared regional spreadsheet does not
    expect(everything).toContain('ключ «…» (строка 23): неизвестный ключ');
    expect(everything).toContain(
      'ключ «programs» (строка 21): Ожидается целое число не меньше 0, получено: строка «…»',
    );
    const [stored] = await store.reports.revisions(A.id);
    expect(JSON.stringify(stored.report)).not.toMatch(/Петрова/);
  });

  it('POST /api/v1/sync starts a sync in the background; 409 while another replica has just taken the lock', async () => {
    const wiring: SyncWiring = await startSyncFromEnv(
      store,
      { SHEETS_API_ROOT_URL: standin.url, SHEETS_API_TOKEN: STANDIN_TOKEN, REGIONAL_SPREADSHEET_ID: REGIONAL_ID },
      () => undefined,
    );
    sync = wiring.service;
    const app = createApp({
      store,
      adminTokenHash: hashToken(ADMIN_TOKEN),
      sync: wiring.runner,
      onReportAccepted: wiring.onReportAccepted,
    });
    const base = await listen(app.fetch);
    const post = () =>
      fetch(`${base}/api/v1/sync`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });

    const response = await post();
    expect(response.status).toBe(202);
    const { statusUrl } = (await response.json()) as { statusUrl: string };
    const status = () =>
      fetch(base + statusUrl, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }).then(
        (r) => r.json() as Promise<any>,
      );
    await expect.poll(async () => (await status()).state).toBe('done');
    expect((await status()).results).toEqual([
      { id: A.id, status: 'ok' },
      { id: B.id, status: 'ok' },
      { id: C.id, status: 'ok' },
    ]);
    expect(sheet(REGIONAL_SHEETS.schools)).toHaveLength(5);

    const viewer = await fetch(`${base}/api/v1/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${A.token}` },
    });
    expect(viewer.status).toBe(403);

    const replica = await db.open();
    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const holding = new DatabaseLock(replica.driver).tryRun('sync', () => {
      entered();
      return new Promise<void>((resolve) => (release = resolve));
    });
    await inside;
    const busy = await post();
    expect(busy.status).toBe(409);
    expect(await busy.json()).toEqual({
      error: {
        code: 'conflict',
        message: 'Синхронизацию только что начал другой экземпляр сервиса: повторите запрос через несколько секунд',
        issues: [],
      },
    });
    release();
    await holding;
  });

  async function listen(fetchHandler: (request: Request) => Response | Promise<Response>): Promise<string> {
    return new Promise((resolve) => {
      server = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
        resolve(`http://127.0.0.1:${info.port}`),
      );
    });
  }
});
