import type { Migration } from './index';

/** The current revision of each school and period as a pointer updated with each push, so reading a
 *  period costs the same whatever the history; withdrawn revisions; per-school stored bytes;
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
      PRIMARY KEY (period, school_id)
    )`,
    `INSERT INTO current_reports (period, school_id, revision)
       SELECT period, school_id, MAX(revision) FROM report_revisions GROUP BY period, school_id`,
    `ALTER TABLE sessions ADD COLUMN token_hash TEXT`,
  ],
};
