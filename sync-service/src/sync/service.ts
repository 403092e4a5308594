// The sync as the app and the Node entry use it: `begin()` for POST /api/v1/sync (answers once the
// run is recorded, the pull goes on in the background), `run()` for the schedule and tests,
// `onReportAccepted()` after a push. Two syncs never overlap: a second call in this process joins
// the running one; another replica holding the database lock makes `run()` a no-op and `begin()`
// answer with that replica's run.
import { randomUUID } from 'node:crypto';
import { DEFAULT_QUOTA } from '../google/rate-limiter';
import type { GoogleGateway } from '../google/gateway';
import type { Store } from '../store';
import { DatabaseLock, type LeaseTiming } from './lock';
import { pullSchools, type SchoolSyncResult } from './pull';
import { RegionalPublisher, type RegionalStatus } from './regional';
import { SyncRunStore, type SyncRunRecord, type SyncRunTrigger } from './run-store';
import { SyncStateStore } from './state-store';

/** A run as GET /api/v1/sync/{id} shows it. */
export interface SyncRunStatus extends SyncRunRecord {
  /** While running: seconds left if every remaining school costs one Sheets read at the quota's pace. */
  estimatedSecondsLeft: number | null;
  /** When this replica's schedule starts the next run (null without SYNC_INTERVAL_MINUTES). */
  nextScheduledAt: string | null;
}

export interface SyncRunResult {
  /** The stored run (absent when skipped). */
  id?: string;
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
  /** Runs a sync to its end (or joins the running one). */
  run(trigger?: SyncRunTrigger): Promise<SyncRunResult>;
  /** Starts a run in the background, or returns the one in progress here or in another replica;
   *  undefined when another replica holds the lock but its run is not visible yet. */
  begin(trigger?: SyncRunTrigger): Promise<SyncRunStatus | undefined>;
  get(id: string): Promise<SyncRunStatus | undefined>;
  /** The most recently started run. */
  latest(): Promise<SyncRunStatus | undefined>;
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
  /** Sheets reads a minute at the rate limiter's steady pace: the basis of the time-left estimate. */
  readsPerMinute?: number;
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

  const runs = new SyncRunStore(options.store.driver);
  const readsPerMinute = options.readsPerMinute ?? DEFAULT_QUOTA.readsPerMinutePerUser - DEFAULT_QUOTA.burst;
  /** The run of this process: `started` gives its id once recorded (undefined when another replica holds the lock). */
  let current: { started: Promise<string | undefined>; finished: Promise<SyncRunResult> } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let nextScheduledAt: string | null = null;
  let stopped = false;

  async function syncOnce(trigger: SyncRunTrigger, onStarted: (id: string) => void): Promise<SyncRunResult> {
    const id = randomUUID();
    const startedAt = now().toISOString();
    const outcome = await lock.tryRun('sync', async () => {
      let recorded = false;
      try {
        const results = await pullSchools({
          store: options.store,
          states,
          gateway: options.gateway,
          now,
          concurrency: options.concurrency,
          onStart: async (total) => {
            await runs.create({ id, trigger, startedAt, total });
            recorded = true;
            onStarted(id);
          },
          onResult: (index, result) => runs.addResult(id, index, result),
        });
        const regional = publisher ? await publisher.publishNow() : { status: 'off' as const };
        await runs.finish(id, now().toISOString());
        return { results, regional };
      } catch (e) {
        if (recorded)
          await runs
            .finish(id, now().toISOString(), `Синхронизация прервана: ${e instanceof Error ? e.message : String(e)}`)
            .catch(() => undefined);
        throw e;
      }
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
    return { id, startedAt, finishedAt, results, regional };
  }

  function launch(trigger: SyncRunTrigger): NonNullable<typeof current> {
    if (current) return current;
    let resolveStarted!: (id: string | undefined) => void;
    let rejectStarted!: (error: unknown) => void;
    const started = new Promise<string | undefined>((resolve, reject) => {
      resolveStarted = resolve;
      rejectStarted = reject;
    });
    started.catch(() => undefined);
    const finished = syncOnce(trigger, resolveStarted)
      .then(
        (result) => {
          resolveStarted(undefined);
          return result;
        },
        (error: unknown) => {
          rejectStarted(error);
          log(`Синхронизация прервана: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        },
      )
      .finally(() => {
        current = undefined;
      });
    finished.catch(() => undefined);
    current = { started, finished };
    return current;
  }

  const withStatus = (run: SyncRunRecord | undefined): SyncRunStatus | undefined =>
    run && {
      ...run,
      estimatedSecondsLeft: run.state === 'running' ? Math.ceil(((run.total - run.done) * 60) / readsPerMinute) : null,
      nextScheduledAt,
    };

  const service: SyncService = {
    run(trigger = 'manual') {
      return launch(trigger).finished;
    },
    async begin(trigger = 'manual') {
      const id = await launch(trigger).started;
      return withStatus(id ? await runs.get(id) : await runs.running());
    },
    async get(id) {
      return withStatus(await runs.get(id));
    },
    async latest() {
      return withStatus(await runs.latest());
    },
    onReportAccepted() {
      publisher?.request();
    },
    start() {
      const minutes = options.intervalMinutes;
      if (!minutes || timer || stopped) return;
      const schedule = (delay: number) => {
        nextScheduledAt = new Date(now().getTime() + delay).toISOString();
        timer = setTimeout(() => {
          nextScheduledAt = null;
          service
            .run('schedule')
            .catch(() => undefined) // logged by launch()
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
      nextScheduledAt = null;
      await current?.finished.catch(() => undefined);
      await publisher?.idle();
    },
  };
  return service;
}
