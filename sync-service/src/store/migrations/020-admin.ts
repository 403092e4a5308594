import type { Migration } from './migration';

/** Administration from the dashboard: token ids, labels, use and revocation; sessions tied to
 *  their token; deactivated schools; the audit log. */
export const admin: Migration = {
  version: 20,
  name: 'admin',
  statements: [
    `ALTER TABLE tokens ADD COLUMN id TEXT`,
    `ALTER TABLE tokens ADD COLUMN label TEXT`,
    `ALTER TABLE tokens ADD COLUMN last_used_at TEXT`,
    `ALTER TABLE tokens ADD COLUMN revoked_at TEXT`,
    // Tokens issued before this migration get an id derived from their hash (not from the token).
    `UPDATE tokens SET id = substr(hash, 1, 16) WHERE id IS NULL`,
    `CREATE UNIQUE INDEX tokens_id ON tokens (id)`,
    `ALTER TABLE sessions ADD COLUMN token_id TEXT`,
    `CREATE INDEX sessions_token ON sessions (token_id)`,
    `ALTER TABLE schools ADD COLUMN deactivated_at TEXT`,
    `CREATE TABLE audit_log (
      id TEXT PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT,
      details TEXT NOT NULL
    )`,
    `CREATE INDEX audit_log_at ON audit_log (at)`,
  ],
};
