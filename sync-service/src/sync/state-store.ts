// What the pull remembers per school besides the last success and error the schools table keeps:
// the Drive version of the last good pull (to skip unchanged spreadsheets) and of a known-bad one.
import type { SqlDriver } from '../store/sql';

export type SchoolSyncStatus = 'ok' | 'unchanged' | 'error';

export interface SyncState {
  schoolId: string;
  spreadsheetId: string;
  status: SchoolSyncStatus;
  attemptedAt: string;
  /** Drive `version` when the spreadsheet was last read and accepted. */
  pulledVersion: string | null;
  pulledModifiedTime: string | null;
  /** Drive `version` whose content was invalid: not read again until the school edits it. */
  invalidVersion: string | null;
}

interface StateRecord {
  school_id: string;
  spreadsheet_id: string;
  status: SchoolSyncStatus;
  attempted_at: string;
  pulled_version: string | null;
  pulled_modified_time: string | null;
  invalid_version: string | null;
}

export class SyncStateStore {
  constructor(private readonly db: SqlDriver) {}

  async all(): Promise<Map<string, SyncState>> {
    const rows = await this.db.query<StateRecord>('SELECT * FROM google_sync_state');
    return new Map(
      rows.map((r) => [
        r.school_id,
        {
          schoolId: r.school_id,
          spreadsheetId: r.spreadsheet_id,
          status: r.status,
          attemptedAt: r.attempted_at,
          pulledVersion: r.pulled_version,
          pulledModifiedTime: r.pulled_modified_time,
          invalidVersion: r.invalid_version,
        },
      ]),
    );
  }

  async save(s: SyncState): Promise<void> {
    await this.db.execute(
      `INSERT INTO google_sync_state (school_id, spreadsheet_id, status, attempted_at, pulled_version, pulled_modified_time, invalid_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (school_id) DO UPDATE SET spreadsheet_id = excluded.spreadsheet_id, status = excluded.status,
         attempted_at = excluded.attempted_at, pulled_version = excluded.pulled_version,
         pulled_modified_time = excluded.pulled_modified_time, invalid_version = excluded.invalid_version`,
      [s.schoolId, s.spreadsheetId, s.status, s.attemptedAt, s.pulledVersion, s.pulledModifiedTime, s.invalidVersion],
    );
  }
}
