// The Google gateway on the real googleapis client against the local Sheets/Drive API stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GoogleCallError } from '../../sync-service/src/google/errors';
import type { GoogleGateway } from '../../sync-service/src/google/gateway';
import { createGoogleGateway } from '../../sync-service/src/google/googleapis-gateway';
import { reportFromSheets, REPORT_SHEETS } from '../../shared/report/sheet';
import { startSheetsStandin, type SheetsStandin } from '../../testkit/sheets-standin';
import { sampleReport } from '../report/sample-report';
import { fastClock } from './support/fast-clock';
import { virtualClock } from '../../testkit/google/virtual-clock';
import { putReportSpreadsheet, standinConfig, standinGateway, STANDIN_TOKEN } from '../../testkit/google/standin';

let standin: SheetsStandin;
let gateway: GoogleGateway;

beforeEach(async () => {
  standin = await startSheetsStandin({ token: STANDIN_TOKEN });
  gateway = standinGateway(standin, fastClock(2000));
});
afterEach(() => standin.close());

async function failure(promise: Promise<unknown>): Promise<GoogleCallError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GoogleCallError);
  return error as GoogleCallError;
}

describe('reading a report spreadsheet', () => {
  it('reads the three sheets in one values.batchGet, unformatted, with the bearer token', async () => {
    putReportSpreadsheet(standin, 'school-a', sampleReport());
    standin.resetLog();
    const values = await gateway.readReportSheets('school-a');
    expect(reportFromSheets(values)).toEqual({ ok: true, report: sampleReport() });
    expect(standin.requests).toHaveLength(1);
    const [request] = standin.requests;
    expect(request.path).toBe('/v4/spreadsheets/school-a/values:batchGet');
    expect(request.query.getAll('ranges')).toEqual(["'Отчёт для региона'", "'Предприятия'", "'Пары по формам'"]);
    expect(request.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
  });

  it('refuses a wrong token with a Russian message and does not retry it', async () => {
    putReportSpreadsheet(standin, 'school-a', sampleReport());
    standin.resetLog();
    const other = createGoogleGateway({ ...standinConfig(standin), staticToken: 'wrong' }, { clock: fastClock(2000) });
    const error = await failure(other.readReportSheets('school-a'));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/^Google API не принял учётные данные сервиса \(401\)/);
    expect(standin.requests).toHaveLength(1);
  });

  it('retries 429 with backoff and then succeeds', async () => {
    putReportSpreadsheet(standin, 'school-a', sampleReport());
    standin.fail('school-a', { status: 429, times: 2 });
    standin.resetLog();
    const values = await gateway.readReportSheets('school-a');
    expect(reportFromSheets(values).ok).toBe(true);
    expect(standin.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('gives up on a persistent 500 after the configured attempts', async () => {
    putReportSpreadsheet(standin, 'school-a', sampleReport());
    standin.fail('school-a', { status: 500 });
    standin.resetLog();
    const error = await failure(gateway.readReportSheets('school-a'));
    expect(error.transient).toBe(true);
    expect(error.message).toBe(
      'Google API ответил ошибкой 500 на 7 попыток подряд (таблица school-a); повторим при следующей синхронизации',
    );
    expect(standin.requestCount('school-a')).toBe(7);
  });

  it('names a missing sheet, a spreadsheet without access and an unknown one, without retrying', async () => {
    standin.createSpreadsheet('no-pairs', 'Без листа', [REPORT_SHEETS.report, REPORT_SHEETS.enterprises]);
    putReportSpreadsheet(standin, 'private', sampleReport());
    standin.revoked.add('private');
    standin.resetLog();
    expect((await failure(gateway.readReportSheets('no-pairs'))).message).toBe(
      'В таблице no-pairs нет листа «Пары по формам»',
    );
    expect((await failure(gateway.readReportSheets('private'))).message).toBe(
      'Нет доступа к таблице private: откройте её сервисному аккаунту с ролью «Читатель»',
    );
    expect((await failure(gateway.readReportSheets('missing'))).message).toMatch(/^Таблица missing не найдена/);
    expect(standin.sheetsRequestCount()).toBe(3);
  });
});

describe('Drive change marks', () => {
  it('lists many spreadsheets in one files.list and asks only for the unlisted ones', async () => {
    for (const id of ['s1', 's2', 's3', 's4', 's5']) putReportSpreadsheet(standin, id, sampleReport({ id }));
    standin.unlisted.add('s4');
    standin.revoked.add('s5');
    standin.resetLog();
    const versions = await gateway.fileVersions(['s1', 's2', 's3', 's4', 's5']);
    for (const id of ['s1', 's2', 's3', 's4']) {
      expect(versions.get(id)).toEqual({
        modifiedTime: standin.get(id).modifiedTime,
        version: String(standin.get(id).version),
      });
    }
    expect(versions.get('s5')).toBeNull();
    expect(standin.requests.map((r) => r.path)).toEqual([
      '/drive/v3/files',
      '/drive/v3/files/s4',
      '/drive/v3/files/s5',
    ]);
    expect(standin.requests[0].query.get('q')).toBe(
      "mimeType='application/vnd.google-apps.spreadsheet' and trashed=false",
    );
    expect(standin.sheetsRequestCount()).toBe(0);
  });

  it('pages through more spreadsheets than one page holds', async () => {
    for (let i = 0; i < 1500; i++) standin.createSpreadsheet(`f${String(i).padStart(4, '0')}`);
    standin.resetLog();
    const versions = await gateway.fileVersions(['f0000', 'f1499']);
    expect([...versions.keys()].sort()).toEqual(['f0000', 'f1499']);
    expect(standin.driveRequestCount()).toBe(2);
  });

  it('reports Google out of reach, but lets a Drive refusal fall back to reading every file', async () => {
    putReportSpreadsheet(standin, 's1', sampleReport());
    standin.fail('drive', { status: 503 });
    const error = await failure(gateway.fileVersions(['s1']));
    expect(error.message).toBe(
      'Google API ответил ошибкой 503 на 7 попыток подряд (список файлов Google Drive); повторим при следующей синхронизации',
    );
    standin.fail('drive', { status: 403 });
    expect((await gateway.fileVersions(['s1'])).size).toBe(0);
  });
});

describe('quota refusals in 403 (Drive) and disabled APIs', () => {
  it('retries Drive’s 403 userRateLimitExceeded like a 429, and the change marks arrive', async () => {
    putReportSpreadsheet(standin, 's1', sampleReport());
    standin.fail('drive', { status: 403, reason: 'userRateLimitExceeded', times: 2 });
    standin.resetLog();
    const versions = await gateway.fileVersions(['s1']);
    expect(versions.get('s1')).toEqual({
      modifiedTime: standin.get('s1').modifiedTime,
      version: String(standin.get('s1').version),
    });
    expect(standin.requests.map((r) => r.status)).toEqual([403, 403, 200]);
  });

  it('retries a 403 rateLimitExceeded on a Sheets read', async () => {
    putReportSpreadsheet(standin, 'school-a', sampleReport());
    standin.fail('school-a', { status: 403, reason: 'rateLimitExceeded', times: 1 });
    standin.resetLog();
    expect(reportFromSheets(await gateway.readReportSheets('school-a')).ok).toBe(true);
    expect(standin.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('a Drive quota that stays spent is thrown as transient, never taken as "every file changed"', async () => {
    putReportSpreadsheet(standin, 's1', sampleReport());
    standin.fail('drive', { status: 403, reason: 'userRateLimitExceeded' });
    standin.resetLog();
    const error = await failure(gateway.fileVersions(['s1']));
    expect(error.transient).toBe(true);
    expect(error.message).toBe(
      'Превышена квота Google API (403 userRateLimitExceeded), 7 попыток не помогли (список файлов Google Drive); повторим при следующей синхронизации',
    );
    expect(standin.driveRequestCount()).toBe(7);
    expect(standin.sheetsRequestCount()).toBe(0);
  });

  it('a quota refusal while asking for an unlisted file stops too', async () => {
    putReportSpreadsheet(standin, 's1', sampleReport());
    putReportSpreadsheet(standin, 's2', sampleReport());
    standin.unlisted.add('s2');
    standin.fail('drive', { status: 403, reason: 'rateLimitExceeded', path: '/drive/v3/files/s2' });
    standin.resetLog();
    const error = await failure(gateway.fileVersions(['s1', 's2']));
    expect(error.message).toMatch(/^Превышена квота Google API \(403 rateLimitExceeded\), 7 попыток/);
    expect(standin.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
      '/drive/v3/files 200',
      ...Array(7).fill('/drive/v3/files/s2 403'),
    ]);
  });

  it('a 403 that is not about quota is not retried', async () => {
    putReportSpreadsheet(standin, 'private', sampleReport());
    standin.revoked.add('private');
    standin.resetLog();
    expect((await failure(gateway.readReportSheets('private'))).transient).toBe(false);
    expect(standin.requestCount('private')).toBe(1);
  });

  it('names the API switched off in the service account’s Cloud project', async () => {
    putReportSpreadsheet(standin, 'school-a', sampleReport());
    standin.disableApi('sheets');
    standin.resetLog();
    const error = await failure(gateway.readReportSheets('school-a'));
    expect(error.message).toMatch(
      /^Google Sheets API отключён в проекте Google Cloud сервисного аккаунта: включите его в консоли Google Cloud/,
    );
    expect(error.transient).toBe(false);
    expect(standin.requests).toHaveLength(1);
  });
});

describe('writing sheets', () => {
  const summary = (rows: (string | number | null)[][]) => ({
    title: 'Сводная по ОО',
    header: ['ОО', 'Доля'],
    rows,
    columnFormats: [{ column: 1, type: 'PERCENT' as const, pattern: '0.0%' }],
  });

  it('creates missing sheets, freezes the header, formats percents, in three calls', async () => {
    standin.createSpreadsheet('region', 'Регион', ['Лист1']);
    standin.setSheet('region', 'Лист1', [['заметки куратора']]);
    standin.resetLog();
    await gateway.writeSheets('region', [
      summary([
        ['Школа 1', 0.25],
        ['Школа 2', null],
      ]),
      { title: 'Ошибки', header: ['ОО', 'Ошибка'], rows: [] },
    ]);
    expect(standin.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v4/spreadsheets/region',
      'POST /v4/spreadsheets/region:batchUpdate',
      'POST /v4/spreadsheets/region/values:batchUpdate',
    ]);
    const s = standin.get('region');
    expect(s.readValues("'Сводная по ОО'", 'UNFORMATTED_VALUE').values).toEqual([
      ['ОО', 'Доля'],
      ['Школа 1', 0.25],
      ['Школа 2'],
    ]);
    expect(s.sheetByTitle('Сводная по ОО')!.properties.gridProperties).toEqual({
      rowCount: 3,
      columnCount: 2,
      frozenRowCount: 1,
    });
    expect(s.formatAt('Сводная по ОО', 2, 1)).toEqual({ numberFormat: { type: 'PERCENT', pattern: '0.0%' } });
    expect(s.formatAt('Сводная по ОО', 0, 0)).toMatchObject({ textFormat: { bold: true } });
    expect(s.readValues("'Ошибки'", 'UNFORMATTED_VALUE').values).toEqual([['ОО', 'Ошибка']]);
    expect(s.readValues("'Лист1'", 'UNFORMATTED_VALUE').values).toEqual([['заметки куратора']]);
  });

  it('rewrites a shorter table without leftovers: stale rows and emptied cells go', async () => {
    standin.createSpreadsheet('region', 'Регион');
    await gateway.writeSheets('region', [
      summary([
        ['Школа 1', 0.25],
        ['Школа 2', 0.5],
        ['Школа 3', 0.75],
      ]),
    ]);
    await gateway.writeSheets('region', [summary([['Школа 1', null]])]);
    expect(standin.get('region').readValues("'Сводная по ОО'", 'UNFORMATTED_VALUE').values).toEqual([
      ['ОО', 'Доля'],
      ['Школа 1'],
    ]);
    await gateway.writeSheets('region', [summary([])]);
    expect(standin.get('region').readValues("'Сводная по ОО'", 'UNFORMATTED_VALUE').values).toEqual([['ОО', 'Доля']]);
  });

  it('retries a write (POST) that failed with 503', async () => {
    standin.createSpreadsheet('region', 'Регион');
    standin.fail('region', { status: 503, times: 1, method: 'POST' });
    standin.resetLog();
    await gateway.writeSheets('region', [summary([['Школа 1', 0.25]])]);
    expect(standin.requests.map((r) => r.status)).toEqual([200, 503, 200, 200]);
  });

  it('asks for the editor role when the regional spreadsheet is not shared', async () => {
    standin.createSpreadsheet('region', 'Регион');
    standin.revoked.add('region');
    expect((await failure(gateway.writeSheets('region', [summary([])]))).message).toBe(
      'Нет доступа к таблице region: откройте её сервисному аккаунту с ролью «Редактор»',
    );
  });
});

describe('quota', () => {
  it('keeps a burst of reads under the per-user quota, so Google never answers 429', async () => {
    const clock = fastClock(1000);
    const quoted = await startSheetsStandin({
      token: STANDIN_TOKEN,
      now: clock.now,
      quota: { readsPerMinute: 60, writesPerMinute: 60 },
    });
    try {
      for (let i = 0; i < 20; i++) putReportSpreadsheet(quoted, `q${i}`, sampleReport());
      const limited = standinGateway(quoted, clock);
      const started = clock.now();
      await Promise.all(Array.from({ length: 130 }, (_, i) => limited.readReportSheets(`q${i % 20}`)));
      const minutes = (clock.now() - started) / 60_000;
      expect(quoted.requests.filter((r) => r.status === 429)).toHaveLength(0);
      expect(quoted.sheetsRequestCount()).toBe(130);
      // 5 at once, then 55 a minute: the other 125 need at least 125/55 ≈ 2.27 minutes.
      expect(minutes).toBeGreaterThan(2.2);
      expect(limited.requestCounts().read).toBe(130);
    } finally {
      await quoted.close();
    }
  });

  it('a quota the limiter was not told about is survived by backing off', async () => {
    // Virtual time (it moves only when the gateway sleeps) and fixed jitter: the outcome does not
    // depend on how fast the machine answers. The limiter allows 5 + 55 a minute, the server 20:
    // the 21st read within the first minute is refused, whatever the load.
    const clock = virtualClock();
    const quoted = await startSheetsStandin({
      token: STANDIN_TOKEN,
      now: clock.now,
      quota: { readsPerMinute: 20, writesPerMinute: 20 },
    });
    try {
      for (let i = 0; i < 10; i++) putReportSpreadsheet(quoted, `q${i}`, sampleReport());
      const limited = createGoogleGateway(standinConfig(quoted), { clock, random: () => 0.5 });
      const values = await Promise.all(Array.from({ length: 40 }, (_, i) => limited.readReportSheets(`q${i % 10}`)));
      expect(values.every((v) => reportFromSheets(v).ok)).toBe(true);
      const refused = quoted.requests.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      expect(quoted.requests.filter((r) => r.status === 200)).toHaveLength(40);
      // 40 reads at 20 a minute cannot finish before the second minute starts.
      expect(clock.now()).toBeGreaterThanOrEqual(60_000);
    } finally {
      await quoted.close();
    }
  });
});
