import type { Migration } from './migration';

/** Background sync runs: one row per run, one row per school it has finished. */
export const syncRuns: Migration = {
  version: 10,
  name: 'sync-runs',
  statements: [
    `CREATE TABLE sync_runs (
      id TEXT PRIMARY KEY,
      state TEXT NOT NULL,
      started_by TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      total INTEGER NOT NULL,
      done INTEGER NOT NULL,
      error TEXT
    )`,
    `CREATE INDEX sync_runs_started ON sync_runs (started_at)`,
    `CREATE TABLE sync_run_schools (
      run_id TEXT NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      school_id TEXT NOT NULL,
      status TEXT NOT NULL,
      error TEXT,
      PRIMARY KEY (run_id, position)
    )`,
  ],
};
