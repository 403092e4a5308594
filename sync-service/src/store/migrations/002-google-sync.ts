// Schema for the Google pull: per-school change marks and the cross-replica lock rows.
import type { Migration } from './migration';

export const googleSync: Migration = {
  version: 2,
  name: 'google-sync',
  statements: [
    `CREATE TABLE google_sync_state (
      school_id TEXT PRIMARY KEY REFERENCES schools (id),
      spreadsheet_id TEXT NOT NULL,
      status TEXT NOT NULL,
      attempted_at TEXT NOT NULL,
      pulled_version TEXT,
      pulled_modified_time TEXT,
      invalid_version TEXT
    )`,
    `CREATE TABLE sync_locks (
      name TEXT PRIMARY KEY,
      holder TEXT NOT NULL,
      expires_at TEXT NOT NULL
    )`,
  ],
};
