// Organisations as the administrator manages them: all of them (deactivated too), edits, import.
import { registrationOf, type NewSchool } from './schools';
import type { SqlDriver, SqlExecutor } from './sql';

export interface ManagedSchool extends NewSchool {
  createdAt: string;
  lastReportAt: string | null;
  lastSyncError: string | null;
  /** Set when the school is deactivated: kept with its reports, left out of the tables. */
  deactivatedAt: string | null;
}

export type SchoolFields = Omit<NewSchool, 'id'>;

interface Record_ {
  id: string;
  name: string;
  municipality: string;
  kind: string;
  source: string;
  created_at: string;
  last_report_at: string | null;
  last_sync_error: string | null;
  deactivated_at: string | null;
}

const COLUMNS = 'id, name, municipality, kind, source, created_at, last_report_at, last_sync_error, deactivated_at';

const toSchool = (r: Record_): ManagedSchool => ({
  ...registrationOf(r),
  createdAt: r.created_at,
  lastReportAt: r.last_report_at,
  lastSyncError: r.last_sync_error,
  deactivatedAt: r.deactivated_at,
});

export class SchoolAdminStore {
  constructor(private readonly db: SqlDriver) {}

  async listAll(): Promise<ManagedSchool[]> {
    return (await this.db.query<Record_>(`SELECT ${COLUMNS} FROM schools ORDER BY id`)).map(toSchool);
  }

  /** Codes of the schools with a report for the period. */
  async reportedIn(period: string): Promise<Set<string>> {
    const rows = await this.db.query<{ school_id: string }>(
      'SELECT DISTINCT school_id FROM report_revisions WHERE period = $1',
      [period],
    );
    return new Set(rows.map((r) => r.school_id));
  }

  /** Number of live tokens of each school. */
  async liveTokenCounts(): Promise<Map<string, number>> {
    const rows = await this.db.query<{ school_id: string; n: number }>(
      "SELECT school_id, COUNT(*) AS n FROM tokens WHERE role = 'school' AND revoked_at IS NULL GROUP BY school_id",
    );
    return new Map(rows.map((r) => [r.school_id, Number(r.n)]));
  }

  async get(id: string, on: SqlExecutor = this.db): Promise<ManagedSchool | null> {
    const rows = await on.query<Record_>(`SELECT ${COLUMNS} FROM schools WHERE id = $1`, [id]);
    return rows.length ? toSchool(rows[0]) : null;
  }

  /** Changes name, municipality, kind and source; false when there is no such school. */
  async update(id: string, fields: SchoolFields, on: SqlExecutor = this.db): Promise<boolean> {
    const changed = await on.execute(
      'UPDATE schools SET name = $2, municipality = $3, kind = $4, source = $5 WHERE id = $1',
      [id, fields.name, fields.municipality, fields.kind, JSON.stringify(fields.source)],
    );
    return changed > 0;
  }

  /** Deactivates (keeping its reports) or restores a school; false when there is no such school. */
  async setActive(id: string, active: boolean, now: Date): Promise<boolean> {
    const changed = await this.db.execute('UPDATE schools SET deactivated_at = $2 WHERE id = $1', [
      id,
      active ? null : now.toISOString(),
    ]);
    return changed > 0;
  }

  /** Creates the new schools and updates the known ones by code, in one transaction (no tokens are issued). */
  async upsert(
    schools: readonly NewSchool[],
    now: Date,
    inTransaction?: (tx: SqlExecutor) => Promise<void>,
  ): Promise<{ created: number; updated: number }> {
    return this.db.transaction(async (tx) => {
      let created = 0;
      let updated = 0;
      for (const s of schools) {
        if (await this.update(s.id, s, tx)) updated++;
        else {
          await tx.execute(
            'INSERT INTO schools (id, name, municipality, kind, source, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
            [s.id, s.name, s.municipality, s.kind, JSON.stringify(s.source), now.toISOString()],
          );
          created++;
        }
      }
      await inTransaction?.(tx);
      return { created, updated };
    });
  }
}
