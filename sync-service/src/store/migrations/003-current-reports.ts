import type { Migration } from './migration';

/** The current revision of each school and period (its number and a copy of the report) updated in
 *  each push's transaction, so reading a period touches this small table only, whatever the history; withdrawn revisions; per-school stored bytes;
 *  the token behind each dashboard session. */
export const currentReports: Migration = {
  version: 3,
  name: 'current-reports',
  statements: [
    `ALTER TABLE report_revisions ADD COLUMN bytes BIGINT NOT NULL DEFAULT 0`,
    `ALTER TABLE report_revisions ADD COLUMN withdrawn_at TEXT`,
    `UPDATE report_revisions SET bytes = LENGTH(report)`,
    `CREATE INDEX report_revisions_received ON report_revisions (school_id, received_at)`,
    `ALTER TABLE schools ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0`,
    `UPDATE schools SET stored_bytes = COALESCE((SELECT SUM(bytes) FROM report_revisions r WHERE r.school_id = schools.id), 0)`,
    `CREATE TABLE current_reports (
      period TEXT NOT NULL,
      school_id TEXT NOT NULL REFERENCES schools (id),
      revision INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      report TEXT NOT NULL,
      PRIMARY KEY (period, school_id)
    )`,
    `INSERT INTO current_reports (period, school_id, revision, received_at, report)
       SELECT r.period, r.school_id, r.revision, r.received_at, r.report
         FROM report_revisions r
         JOIN (SELECT period, school_id, MAX(revision) AS revision FROM report_revisions GROUP BY period, school_id) latest
           ON latest.period = r.period AND latest.school_id = r.school_id AND latest.revision = r.revision`,
    `ALTER TABLE sessions ADD COLUMN token_hash TEXT`,
  ],
};
