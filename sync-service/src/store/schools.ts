// Registered schools: who they are, where their report comes from, and how their last pull went.
import type { SchoolKind } from '../../../shared/report';
import type { SqlDriver } from './sql';
import { newTokenId } from './tokens';

/** Where a school's report comes from: pushed by the school, or pulled from its report spreadsheet. */
export type SchoolSource = { type: 'push' } | { type: 'google'; spreadsheetId: string };

export interface NewSchool {
  id: string;
  name: string;
  municipality: string;
  kind: SchoolKind;
  source: SchoolSource;
}

export interface School extends NewSchool {
  createdAt: string;
  /** When the school's latest report revision (any period) arrived. */
  lastReportAt: string | null;
  /** Last successful pull from Google Sheets (set by the sync). */
  lastSyncAt: string | null;
  /** Russian text of the last failed pull, and when it failed. */
  lastSyncError: string | null;
  lastSyncErrorAt: string | null;
}

interface SchoolRecord {
  id: string;
  name: string;
  municipality: string;
  kind: string;
  source: string;
  created_at: string;
  last_report_at: string | null;
  last_sync_at: string | null;
  last_sync_error: string | null;
  last_sync_error_at: string | null;
}

const COLUMNS =
  'id, name, municipality, kind, source, created_at, last_report_at, last_sync_at, last_sync_error, last_sync_error_at';

/** The registration fields of a `schools` row. */
export function registrationOf(r: {
  id: string;
  name: string;
  municipality: string;
  kind: string;
  source: string;
}): NewSchool {
  return {
    id: r.id,
    name: r.name,
    municipality: r.municipality,
    kind: r.kind as SchoolKind,
    source: JSON.parse(r.source) as SchoolSource,
  };
}

function toSchool(r: SchoolRecord): School {
  return {
    ...registrationOf(r),
    createdAt: r.created_at,
    lastReportAt: r.last_report_at,
    lastSyncAt: r.last_sync_at,
    lastSyncError: r.last_sync_error,
    lastSyncErrorAt: r.last_sync_error_at,
  };
}

export class SchoolStore {
  constructor(private readonly db: SqlDriver) {}

  /** Registers a school together with the hash of its token; false when the id is taken. */
  async create(school: NewSchool, tokenHash: string, now: Date, tokenId?: string): Promise<boolean> {
    const at = now.toISOString();
    return this.db.transaction(async (tx) => {
      const inserted = await tx.execute(
        'INSERT INTO schools (id, name, municipality, kind, source, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING',
        [school.id, school.name, school.municipality, school.kind, JSON.stringify(school.source), at],
      );
      if (inserted === 0) return false;
      await tx.execute(
        "INSERT INTO tokens (hash, role, school_id, created_at, id, label) VALUES ($1, 'school', $2, $3, $4, $5)",
        [tokenHash, school.id, at, tokenId ?? newTokenId(), `${school.name} (${school.id})`],
      );
      return true;
    });
  }

  async get(id: string): Promise<School | null> {
    const rows = await this.db.query<SchoolRecord>(`SELECT ${COLUMNS} FROM schools WHERE id = $1`, [id]);
    return rows.length ? toSchool(rows[0]) : null;
  }

  /** Active schools (deactivated ones are kept with their reports but left out). */
  async list(): Promise<School[]> {
    return (
      await this.db.query<SchoolRecord>(`SELECT ${COLUMNS} FROM schools WHERE deactivated_at IS NULL ORDER BY id`)
    ).map(toSchool);
  }

  /** A pull succeeded (or found the spreadsheet unchanged). The last error stays for the record. */
  async recordSyncSuccess(id: string, at: Date): Promise<void> {
    await this.db.execute('UPDATE schools SET last_sync_at = $2 WHERE id = $1', [id, at.toISOString()]);
  }

  async recordSyncError(id: string, at: Date, message: string): Promise<void> {
    await this.db.execute('UPDATE schools SET last_sync_error = $2, last_sync_error_at = $3 WHERE id = $1', [
      id,
      message,
      at.toISOString(),
    ]);
  }
}
