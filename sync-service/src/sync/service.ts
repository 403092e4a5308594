// The sync as the app and the Node entry use it: `run()` for POST /api/v1/sync and the schedule,
// `onReportAccepted()` after a push. Two syncs never overlap: a second call in this process joins
// the running one; another replica holding the database lock makes it a no-op.
import type { GoogleGateway } from '../google/gateway';
import type { Store } from '../store';
import { DatabaseLock, type LeaseTiming } from './lock';
import { pullSchools, type SchoolSyncResult } from './pull';
import { RegionalPublisher, type RegionalStatus } from './regional';
import { SyncStateStore } from './state-store';

export interface SyncRunResult {
  startedAt: string;
  finishedAt: string;
  /** Russian reason when nothing was done (another replica is syncing). */
  skipped?: string;
  /** Per school with a Google source: `{id, status: ok | unchanged | error, error?}`. */
  results: SchoolSyncResult[];
  /** The regional spreadsheet's write after this sync (`off` without REGIONAL_SPREADSHEET_ID). */
  regional: RegionalStatus;
}

export interface SyncService {
  run(): Promise<SyncRunResult>;
  /** Call after an accepted push: the regional spreadsheet is rewritten shortly after. */
  onReportAccepted(): void;
  /** Starts the schedule (when an interval was given): a first sync soon, then every interval. */
  start(): void;
  /** Stops the schedule and waits for running work. */
  stop(): Promise<void>;
}

export interface SyncServiceOptions {
  store: Store;
  /** Absent when Google is not configured. */
  gateway?: GoogleGateway;
  regionalSpreadsheetId?: string;
  /** SYNC_INTERVAL_MINUTES; no schedule when absent. */
  intervalMinutes?: number;
  /** Delay of the regional write after a push (default 10 s). */
  regionalDelayMs?: number;
  /** Delay of the first scheduled sync after start (default 5 s). */
  firstSyncDelayMs?: number;
  concurrency?: number;
  now?: () => Date;
  log?: (message: string) => void;
  lockTiming?: LeaseTiming;
}

export function createSyncService(options: SyncServiceOptions): SyncService {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((m: string) => console.log(m));
  const states = new SyncStateStore(options.store.driver);
  const lock = new DatabaseLock(options.store.driver, options.lockTiming);
  const publisher =
    options.gateway && options.regionalSpreadsheetId
      ? new RegionalPublisher({
          store: options.store,
          states,
          gateway: options.gateway,
          spreadsheetId: options.regionalSpreadsheetId,
          lock,
          delayMs: options.regionalDelayMs ?? 10_000,
          now,
          log,
        })
      : undefined;

  let running: Promise<SyncRunResult> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function syncOnce(): Promise<SyncRunResult> {
    const startedAt = now().toISOString();
    const outcome = await lock.tryRun('sync', async () => {
      const results = await pullSchools({ store: options.store, states, gateway: options.gateway, now, concurrency: options.concurrency });
      const regional = publisher ? await publisher.publishNow() : { status: 'off' as const };
      return { results, regional };
    });
    const finishedAt = now().toISOString();
    if (!outcome.ran) {
      const skipped = 'Синхронизация уже идёт в другом экземпляре сервиса';
      log(skipped);
      return { startedAt, finishedAt, skipped, results: [], regional: publisher?.last ?? { status: 'off' } };
    }
    const { results, regional } = outcome.value;
    const count = (s: string) => results.filter((r) => r.status === s).length;
    const seconds = ((Date.parse(finishedAt) - Date.parse(startedAt)) / 1000).toFixed(1);
    log(
      `Синхронизация: ${results.length} ОО из таблиц Google — обновлено ${count('ok')}, без изменений ${count('unchanged')}, ошибок ${count('error')} (${seconds} с); региональная таблица: ${regional.status}`,
    );
    return { startedAt, finishedAt, results, regional };
  }

  const service: SyncService = {
    run() {
      running ??= syncOnce().finally(() => {
        running = undefined;
      });
      return running;
    },
    onReportAccepted() {
      publisher?.request();
    },
    start() {
      const minutes = options.intervalMinutes;
      if (!minutes || timer || stopped) return;
      const schedule = (delay: number) => {
        timer = setTimeout(() => {
          service
            .run()
            .catch((e: unknown) => log(`Синхронизация прервана: ${e instanceof Error ? e.message : String(e)}`))
            .finally(() => {
              if (!stopped) schedule(minutes * 60_000);
            });
        }, delay);
        timer.unref();
      };
      schedule(options.firstSyncDelayMs ?? 5_000);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
      await publisher?.idle();
    },
  };
  return service;
}
