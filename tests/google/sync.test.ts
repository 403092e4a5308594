// The Google pull end to end: the sync service on the real store (SQLite, and PostgreSQL when
// TEST_DATABASE_URL is set) and the real googleapis client against the Sheets/Drive stand-in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../sync-service/src/store';
import { DatabaseLock } from '../../sync-service/src/sync/lock';
import { GOOGLE_NOT_CONFIGURED } from '../../sync-service/src/sync/pull';
import { createSyncService, type SyncService, type SyncServiceOptions } from '../../sync-service/src/sync/service';
import { REPORT_SHEETS } from '../../shared/report/sheet';
import { startSheetsStandin, type SheetsStandin } from '../../testkit/sheets-standin';
import { fastClock } from './support/fast-clock';
import { GOOGLE_SCHOOLS, putSpreadsheets, REGIONAL_ID, registerSchools, reportOf } from './support/fixtures';
import { putReportSpreadsheet, standinGateway, STANDIN_TOKEN } from '../../testkit/google/standin';
import { STORE_KINDS, type TestDatabase } from './support/stores';

const [A, B, C] = GOOGLE_SCHOOLS;

describe.each(STORE_KINDS)('Google pull on $name', (kind) => {
  let db: TestDatabase;
  let store: Store;
  let standin: SheetsStandin;
  const services: SyncService[] = [];

  beforeEach(async () => {
    standin = await startSheetsStandin({ token: STANDIN_TOKEN });
    db = await kind.create();
    store = await db.open();
    await registerSchools(store);
    putSpreadsheets(standin);
    standin.resetLog();
  });

  afterEach(async () => {
    for (const s of services.splice(0)) await s.stop();
    await standin.close();
    await db.drop();
  });

  function service(options: Partial<SyncServiceOptions> = {}): SyncService {
    const s = createSyncService({
      store,
      gateway: standinGateway(standin, fastClock(5000)),
      regionalSpreadsheetId: REGIONAL_ID,
      regionalDelayMs: 20,
      log: () => undefined,
      ...options,
    });
    services.push(s);
    return s;
  }

  const statusOf = (results: { id: string; status: string; error?: string }[]) =>
    Object.fromEntries(results.map((r) => [r.id, r.error ?? r.status]));

  it('pulls several schools, each report stored as a pulled revision; push schools are left alone', async () => {
    const run = await service().run();
    expect(statusOf(run.results)).toEqual({ [A.id]: 'ok', [B.id]: 'ok', [C.id]: 'ok' });
    for (const s of GOOGLE_SCHOOLS) {
      const [revision, ...older] = await store.reports.revisions(s.id, '2024');
      expect(older).toHaveLength(0);
      expect(revision).toMatchObject({ origin: 'pull', revision: 1, report: reportOf(s) });
      expect((await store.schools.get(s.id))!.lastSyncAt).not.toBeNull();
      // One values.batchGet per school.
      expect(standin.requestCount(s.spreadsheetId!)).toBe(1);
    }
    expect(await store.reports.revisions('kem-004')).toEqual([]);
    expect(run.regional.status).toBe('ok');
  });

  it('retries a 429 and then succeeds', async () => {
    standin.fail(B.spreadsheetId!, { status: 429, times: 2 });
    const run = await service().run();
    expect(statusOf(run.results)[B.id]).toBe('ok');
    expect(standin.requests.filter((r) => r.spreadsheetId === B.spreadsheetId).map((r) => r.status)).toEqual([
      429, 429, 200,
    ]);
  });

  it('a persistent 500 marks that school as failed while the others are pulled', async () => {
    standin.fail(C.spreadsheetId!, { status: 500 });
    const run = await service().run();
    expect(statusOf(run.results)).toEqual({
      [A.id]: 'ok',
      [B.id]: 'ok',
      [C.id]: `Google API ответил ошибкой 500 на 7 попыток подряд (таблица ${C.spreadsheetId}); повторим при следующей синхронизации`,
    });
    const failed = (await store.schools.get(C.id))!;
    expect(failed.lastSyncError).toMatch(/ошибкой 500/);
    expect(failed.lastSyncAt).toBeNull();
    expect(await store.reports.revisions(C.id)).toEqual([]);

    // Next sync, Google has recovered: the school is read again although its file did not change.
    standin.clearFaults();
    const again = await service().run();
    expect(statusOf(again.results)).toEqual({ [A.id]: 'unchanged', [B.id]: 'unchanged', [C.id]: 'ok' });
  });

  it('unchanged spreadsheets cost no Sheets request on the next sync', async () => {
    const sync = service();
    await sync.run();
    standin.resetLog();
    const second = await sync.run();
    expect(statusOf(second.results)).toEqual({ [A.id]: 'unchanged', [B.id]: 'unchanged', [C.id]: 'unchanged' });
    for (const s of GOOGLE_SCHOOLS) expect(standin.requestCount(s.spreadsheetId!)).toBe(0);
    expect(standin.driveRequestCount()).toBe(1);

    // One school edits its report: only that one is read, and it becomes revision 2.
    putReportSpreadsheet(
      standin,
      A.spreadsheetId!,
      reportOf(A, (r) => (r.participants.menteeStudents10to19 = 200)),
    );
    standin.resetLog();
    const third = await sync.run();
    expect(statusOf(third.results)).toEqual({ [A.id]: 'ok', [B.id]: 'unchanged', [C.id]: 'unchanged' });
    expect(GOOGLE_SCHOOLS.map((s) => standin.requestCount(s.spreadsheetId!))).toEqual([1, 0, 0]);
    const [latest] = await store.reports.revisions(A.id, '2024');
    expect(latest).toMatchObject({ revision: 2, origin: 'pull' });
    expect(latest.report.participants.menteeStudents10to19).toBe(200);
  });

  it('an edit that leaves the report the same adds no revision', async () => {
    const sync = service();
    await sync.run();
    putReportSpreadsheet(standin, B.spreadsheetId!, reportOf(B)); // rewritten, same numbers
    const run = await sync.run();
    expect(statusOf(run.results)[B.id]).toBe('ok');
    expect(await store.reports.revisions(B.id)).toHaveLength(1);
  });

  it('a malformed report sheet gives a Russian error naming the sheet and key, and is not re-read until edited', async () => {
    const rows = standin.get(A.spreadsheetId!).readValues(`'${REPORT_SHEETS.report}'`, 'UNFORMATTED_VALUE').values!;
    const teachers = rows.findIndex((r) => r[1] === 'contingent.teachers');
    rows[teachers][2] = 'семьдесят';
    standin.setSheet(A.spreadsheetId!, REPORT_SHEETS.report, rows);
    const sync = service();
    const run = await sync.run();
    const message = `Лист «Отчёт для региона», ключ «contingent.teachers» (строка ${teachers + 1}): Ожидается целое число не меньше 0, получено: строка «семьдесят»`;
    expect(statusOf(run.results)).toEqual({ [A.id]: message, [B.id]: 'ok', [C.id]: 'ok' });
    expect((await store.schools.get(A.id))!.lastSyncError).toBe(message);

    standin.resetLog();
    expect(statusOf((await sync.run()).results)[A.id]).toBe(message);
    expect(standin.requestCount(A.spreadsheetId!)).toBe(0);

    putReportSpreadsheet(standin, A.spreadsheetId!, reportOf(A));
    expect(statusOf((await sync.run()).results)[A.id]).toBe('ok');
  });

  it('names a missing sheet and refuses a spreadsheet that reports for another school', async () => {
    standin
      .get(A.spreadsheetId!)
      .deleteSheet(standin.get(A.spreadsheetId!).sheetByTitle(REPORT_SHEETS.pairs)!.properties.sheetId);
    standin.get(A.spreadsheetId!).touch();
    putReportSpreadsheet(standin, B.spreadsheetId!, reportOf(C));
    const run = await service().run();
    expect(statusOf(run.results)[A.id]).toBe(`В таблице ${A.spreadsheetId} нет листа «Пары по формам»`);
    expect(statusOf(run.results)[B.id]).toBe(
      `Лист «Отчёт для региона», ключ «school.id»: в таблице указан код «${C.id}», а таблица зарегистрирована для организации «${B.id}»`,
    );
  });

  it('a spreadsheet no longer shared costs no Sheets request and says what to do', async () => {
    standin.revoked.add(B.spreadsheetId!);
    const run = await service().run();
    expect(statusOf(run.results)[B.id]).toBe(
      `Таблица ${B.spreadsheetId} не найдена на Диске или не открыта сервисному аккаунту (нужна роль «Читатель»)`,
    );
    expect(standin.requestCount(B.spreadsheetId!)).toBe(0);
  });

  it('when Google is out of reach, the pass ends after the Drive query instead of trying each school', async () => {
    standin.fail('drive', { status: 503 });
    const run = await service().run();
    const message =
      'Google API ответил ошибкой 503 на 7 попыток подряд (список файлов Google Drive); повторим при следующей синхронизации';
    expect(run.results.map((r) => r.error)).toEqual([message, message, message]);
    for (const s of GOOGLE_SCHOOLS) expect(standin.requestCount(s.spreadsheetId!)).toBe(0);
    expect(run.regional.status).toBe('ok');
    const errors = standin.get(REGIONAL_ID).readValues("'Ошибки синхронизации'", 'UNFORMATTED_VALUE').values!;
    expect(errors.slice(1).map((r) => r[2])).toEqual([C.id, B.id, A.id]);
  });

  it('a Drive quota refusal (403 userRateLimitExceeded) is retried, and a lasting one reads no school as changed', async () => {
    const sync = service();
    await sync.run();

    // Busy for a moment: retried like a 429, and the pass goes on as usual.
    standin.fail('drive', { status: 403, reason: 'userRateLimitExceeded', times: 2 });
    standin.resetLog();
    const busy = await sync.run();
    expect(statusOf(busy.results)).toEqual({ [A.id]: 'unchanged', [B.id]: 'unchanged', [C.id]: 'unchanged' });
    expect(standin.requests.filter((r) => r.api === 'drive').map((r) => r.status)).toEqual([403, 403, 200]);
    expect(standin.sheetsRequestCount() - standin.requestCount(REGIONAL_ID)).toBe(0);

    // Spent for good: the pass stops after Drive; not one Sheets read is spent on the schools.
    standin.fail('drive', { status: 403, reason: 'userRateLimitExceeded' });
    standin.resetLog();
    const spent = await sync.run();
    const message =
      'Превышена квота Google API (403 userRateLimitExceeded), 7 попыток не помогли (список файлов Google Drive); повторим при следующей синхронизации';
    expect(spent.results.map((r) => r.error)).toEqual([message, message, message]);
    for (const s of GOOGLE_SCHOOLS) expect(standin.requestCount(s.spreadsheetId!)).toBe(0);
    expect(await store.reports.revisions(A.id)).toHaveLength(1);

    // Quota back: nothing changed, nothing is read.
    standin.clearFaults();
    standin.resetLog();
    expect(statusOf((await sync.run()).results)).toEqual({
      [A.id]: 'unchanged',
      [B.id]: 'unchanged',
      [C.id]: 'unchanged',
    });
    for (const s of GOOGLE_SCHOOLS) expect(standin.requestCount(s.spreadsheetId!)).toBe(0);
  });

  it('without Google configured, every Google school explains what to set', async () => {
    const run = await service({ gateway: undefined }).run();
    expect(run.results.map((r) => r.error)).toEqual([
      GOOGLE_NOT_CONFIGURED,
      GOOGLE_NOT_CONFIGURED,
      GOOGLE_NOT_CONFIGURED,
    ]);
    expect(run.regional.status).toBe('off');
    expect(standin.requests).toHaveLength(0);
  });

  it('two syncs never overlap: a second call joins the running one, another replica is turned away', async () => {
    const sync = service();
    const [first, second] = await Promise.all([sync.run(), sync.run()]);
    expect(second).toBe(first);
    for (const s of GOOGLE_SCHOOLS) expect(standin.requestCount(s.spreadsheetId!)).toBe(1);

    const replica = await db.open();
    const other = new DatabaseLock(replica.driver);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const holding = other.tryRun('sync', async () => {
      entered();
      await held;
    });
    await inside;
    const turnedAway = await sync.run();
    expect(turnedAway.skipped).toBe('Синхронизация уже идёт в другом экземпляре сервиса');
    expect(turnedAway.results).toEqual([]);
    release();
    expect(await holding).toEqual({ ran: true, value: undefined });
    expect((await sync.run()).skipped).toBeUndefined();
  });

  it('runs on a schedule in-process', async () => {
    // Only the scheduler's timers are fake: each run still talks HTTP to the stand-in for real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const sync = service({ intervalMinutes: 1, firstSyncDelayMs: 5_000 });
      sync.start();
      expect(standin.driveRequestCount()).toBe(0);
      for (let run = 1; run <= 3; run++) {
        await vi.advanceTimersByTimeAsync(run === 1 ? 5_000 : 60_000);
        await expect.poll(() => standin.driveRequestCount(), { timeout: 5000 }).toBe(run);
        // Finished and the next run armed: only then does advancing the clock mean anything.
        await expect
          .poll(async () => Boolean((await sync.latest())?.finishedAt && (await sync.latest())?.nextScheduledAt), {
            timeout: 5000,
          })
          .toBe(true);
      }
      await sync.stop();
      // (The store's own timers — PostgreSQL's pool — are faked too, so the schedule is judged by its state.)
      expect((await sync.latest())?.nextScheduledAt).toBeNull();
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(standin.driveRequestCount()).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
