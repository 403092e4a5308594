// XLSX and CSV files of the indicators, cached per period and level and rebuilt in the background
// after the store changes: a download under heavy push load is served from the last build instead
// of queueing behind a fresh one.
import type { Store } from '../store';

export interface BuiltFile {
  body: Uint8Array | string;
  /** The period the file is for (the default period resolved). */
  period: string;
  builtAt: number;
}

interface Entry {
  generation: number;
  file?: BuiltFile;
  building?: Promise<BuiltFile>;
}

export interface ExportCacheOptions {
  /** A cached file older than this that no longer matches the store is rebuilt before it is served. */
  maxStaleMs: number;
  clock?: () => number;
}

export const DEFAULT_EXPORT_CACHE: ExportCacheOptions = { maxStaleMs: 15_000 };

/** At most this many period × format entries are kept (a period is a year: a handful in practice). */
const MAX_ENTRIES = 64;

export class ExportCache {
  private readonly entries = new Map<string, Entry>();
  private readonly clock: () => number;

  constructor(
    private readonly store: Store,
    private readonly options: ExportCacheOptions = DEFAULT_EXPORT_CACHE,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  /** The file for `key`: fresh when nothing changed since it was built; while a rebuild runs, the
   *  previous build if it is recent enough; otherwise it waits for the (single, shared) build. */
  async get(key: string, build: () => Promise<BuiltFile>): Promise<BuiltFile> {
    const generation = this.store.generation();
    let entry = this.entries.get(key);
    if (!entry) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      entry = { generation: -1 };
      this.entries.set(key, entry);
    }
    // Other replicas' writes (PostgreSQL) are not counted here: there a build lives at most maxStaleMs.
    const replicated = this.store.driver.dialect === 'postgres';
    if (
      entry.file &&
      entry.generation === generation &&
      (!replicated || this.clock() - entry.file.builtAt <= this.options.maxStaleMs)
    )
      return entry.file;
    const rebuild = this.rebuild(entry, generation, build);
    if (entry.file && this.clock() - entry.file.builtAt <= this.options.maxStaleMs) {
      rebuild.catch(() => undefined); // a failed background build is retried on the next request
      return entry.file;
    }
    return rebuild;
  }

  private rebuild(entry: Entry, generation: number, build: () => Promise<BuiltFile>): Promise<BuiltFile> {
    if (entry.building) return entry.building;
    const building = build().then(
      (file) => {
        entry.building = undefined;
        entry.file = file;
        entry.generation = generation;
        return file;
      },
      (error: unknown) => {
        entry.building = undefined;
        throw error;
      },
    );
    entry.building = building;
    return building;
  }
}
