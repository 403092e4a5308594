// Writes the regional spreadsheet: after every sync, and shortly after accepted pushes (a burst of
// pushes gives one write). Writes never overlap, in this process or across replicas.
import { consolidate } from '../../../shared/indicators';
import type { GoogleGateway } from '../google/gateway';
import type { Store } from '../store';
import type { DatabaseLock } from './lock';
import { regionalSheets, type SyncErrorRow } from './regional-layout';
import type { SyncStateStore } from './state-store';

export interface RegionalStatus {
  status: 'ok' | 'error' | 'busy' | 'off';
  at?: string;
  error?: string;
}

export interface RegionalDeps {
  store: Store;
  states: SyncStateStore;
  gateway: GoogleGateway;
  spreadsheetId: string;
  lock: DatabaseLock;
  /** How long after an accepted push the write starts, so that a burst of pushes gives one write. */
  delayMs: number;
  now: () => Date;
  log: (message: string) => void;
}

/** The four sheets from what the store holds now. */
export async function buildRegionalContent(store: Store, states: SyncStateStore) {
  const [schools, region, periods, syncStates] = await Promise.all([
    store.schools.list(),
    store.region.get(),
    store.reports.periods(),
    states.all(),
  ]);
  const registered = schools.map(({ id, name, municipality, kind }) => ({ id, name, municipality, kind }));
  const tables = await Promise.all(
    periods.map(async (period) =>
      consolidate({ period, region, schools: registered, reports: await store.reports.current(period) }),
    ),
  );
  const errors: SyncErrorRow[] = schools
    .filter((s) => s.source.type === 'google' && syncStates.get(s.id)?.status === 'error')
    .map((s) => ({
      id: s.id,
      name: s.name,
      municipality: s.municipality,
      spreadsheetId: s.source.type === 'google' ? s.source.spreadsheetId : '',
      errorAt: s.lastSyncErrorAt,
      lastSuccessAt: s.lastSyncAt,
      message: s.lastSyncError ?? '',
    }));
  return regionalSheets(tables, registered, errors);
}

export class RegionalPublisher {
  private tail: Promise<unknown> = Promise.resolve();
  private queued: Promise<RegionalStatus> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  last: RegionalStatus = { status: 'off' };

  constructor(private readonly deps: RegionalDeps) {}

  /** Something changed (an accepted push): write a little later, once for many changes. */
  request(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.dirty) void this.publishNow();
    }, this.deps.delayMs);
    this.timer.unref();
  }

  /** Writes now (after a write already under way); callers arriving before it starts share it. */
  publishNow(): Promise<RegionalStatus> {
    if (this.queued) return this.queued;
    const run = this.tail.then(() => {
      this.queued = undefined;
      return this.writeOnce();
    });
    this.queued = run;
    this.tail = run;
    return run;
  }

  /** Waits for pending and running writes (shutdown, tests). */
  async idle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      if (this.dirty) await this.publishNow();
    }
    await this.tail;
  }

  private async writeOnce(): Promise<RegionalStatus> {
    const { store, states, gateway, spreadsheetId, lock } = this.deps;
    this.dirty = false;
    const at = this.deps.now().toISOString();
    try {
      const result = await lock.tryRun('regional', async () =>
        gateway.writeSheets(spreadsheetId, await buildRegionalContent(store, states)),
      );
      if (!result.ran) {
        // Another replica is writing; its data may predate our change, so try again later.
        this.request();
        this.last = { status: 'busy', at };
      } else this.last = { status: 'ok', at };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.deps.log(`Региональная таблица не обновлена: ${error}`);
      this.last = { status: 'error', at, error };
    }
    return this.last;
  }
}
