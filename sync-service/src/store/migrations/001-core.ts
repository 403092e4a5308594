import type { Migration } from './migration';

/** Schools, tokens, dashboard sessions, report revisions and the region's settings. */
export const core: Migration = {
  version: 1,
  name: 'core',
  statements: [
    `CREATE TABLE schools (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      municipality TEXT NOT NULL,
      kind TEXT NOT NULL,
      source TEXT NOT NULL,
      created_at TEXT NOT NULL,
      last_report_at TEXT,
      last_sync_at TEXT,
      last_sync_error TEXT,
      last_sync_error_at TEXT
    )`,
    `CREATE TABLE tokens (
      hash TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      school_id TEXT REFERENCES schools (id),
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX tokens_role ON tokens (role)`,
    `CREATE TABLE sessions (
      hash TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    )`,
    `CREATE TABLE report_revisions (
      school_id TEXT NOT NULL REFERENCES schools (id),
      period TEXT NOT NULL,
      revision INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      origin TEXT NOT NULL,
      report TEXT NOT NULL,
      PRIMARY KEY (school_id, period, revision)
    )`,
    `CREATE INDEX report_revisions_period ON report_revisions (period, school_id, revision)`,
    `CREATE TABLE region (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      enterprises BIGINT,
      children10to19 BIGINT,
      children15to19 BIGINT,
      young_teachers BIGINT,
      targets TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
  ],
};
