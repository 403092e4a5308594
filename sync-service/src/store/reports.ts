// Report revisions: every accepted report is kept. The current one of a school and period is its
// latest revision not withdrawn, copied to current_reports in the same transaction.
import type { CurrentReport } from '../../../shared/indicators';
import type { SchoolReport } from '../../../shared/report';
import type { SqlDriver, SqlExecutor } from './sql';

/** How a revision arrived: pushed over HTTP or pulled from the school's spreadsheet. */
export type ReportOrigin = 'push' | 'pull';

export interface ReportRevision {
  schoolId: string;
  period: string;
  /** 1, 2, … per school and period, in arrival order. */
  revision: number;
  receivedAt: string;
  origin: ReportOrigin;
  /** Set when the admin withdrew the revision: kept, but out of the indicators. */
  withdrawnAt: string | null;
  report: SchoolReport;
}

interface RevisionRecord {
  school_id: string;
  period: string;
  revision: number;
  received_at: string;
  origin: ReportOrigin;
  withdrawn_at: string | null;
  report: string;
}

const toRevision = (r: RevisionRecord): ReportRevision => ({
  schoolId: r.school_id,
  period: r.period,
  revision: Number(r.revision),
  receivedAt: r.received_at,
  origin: r.origin,
  withdrawnAt: r.withdrawn_at,
  report: JSON.parse(r.report) as SchoolReport,
});

/** What a school may add; absent limits are not checked (the pull has its own change detection). */
export interface AddLimits {
  revisionsPerDay: number;
  schoolQuotaBytes: number;
}

export type AddResult =
  | { status: 'added'; revision: number; created: boolean }
  /** Identical to the current revision: nothing stored. */
  | { status: 'unchanged'; revision: number; receivedAt: string }
  | { status: 'daily_cap'; limit: number }
  | { status: 'quota'; limit: number; stored: number };

const COLUMNS = 'school_id, period, revision, received_at, origin, withdrawn_at, report';

export class ReportStore {
  constructor(private readonly db: SqlDriver) {}

  /** Stores a validated report as the newest revision of its school and period, unless it equals
   *  the current one or the school is over its limits. Throws when the school is unknown. */
  async add(
    schoolId: string,
    report: SchoolReport,
    origin: ReportOrigin,
    receivedAt: Date,
    limits?: AddLimits,
  ): Promise<AddResult> {
    const at = receivedAt.toISOString();
    const text = JSON.stringify(report);
    const bytes = Buffer.byteLength(text);
    return this.db.transaction(async (tx) => {
      // Locks the school's row on PostgreSQL, so concurrent revisions of one school queue up.
      const [school] = await tx.query<{ stored_bytes: number }>(
        'UPDATE schools SET stored_bytes = stored_bytes WHERE id = $1 RETURNING stored_bytes',
        [schoolId],
      );
      if (!school) throw new Error(`Организация «${schoolId}» не зарегистрирована`);
      const current = await currentOf(tx, schoolId, report.period);
      if (current && current.report === text)
        return { status: 'unchanged', revision: Number(current.revision), receivedAt: current.received_at };
      if (limits) {
        const dayStart = new Date(
          Date.UTC(receivedAt.getUTCFullYear(), receivedAt.getUTCMonth(), receivedAt.getUTCDate()),
        ).toISOString();
        const [{ today }] = await tx.query<{ today: number }>(
          'SELECT COUNT(*) AS today FROM report_revisions WHERE school_id = $1 AND received_at >= $2',
          [schoolId, dayStart],
        );
        if (Number(today) >= limits.revisionsPerDay) return { status: 'daily_cap', limit: limits.revisionsPerDay };
        if (Number(school.stored_bytes) + bytes > limits.schoolQuotaBytes)
          return { status: 'quota', limit: limits.schoolQuotaBytes, stored: Number(school.stored_bytes) };
      }
      const [{ latest }] = await tx.query<{ latest: number | null }>(
        'SELECT MAX(revision) AS latest FROM report_revisions WHERE school_id = $1 AND period = $2',
        [schoolId, report.period],
      );
      const revision = Number(latest ?? 0) + 1;
      await tx.execute(
        'INSERT INTO report_revisions (school_id, period, revision, received_at, origin, report, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [schoolId, report.period, revision, at, origin, text, bytes],
      );
      await tx.execute('UPDATE schools SET last_report_at = $2, stored_bytes = stored_bytes + $3 WHERE id = $1', [
        schoolId,
        at,
        bytes,
      ]);
      await tx.execute(
        `INSERT INTO current_reports (period, school_id, revision, received_at, report) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (period, school_id) DO UPDATE SET revision = excluded.revision, received_at = excluded.received_at, report = excluded.report`,
        [report.period, schoolId, revision, at, text],
      );
      return { status: 'added', revision, created: revision === 1 };
    });
  }

  /** Revisions of a school, newest first; of one period when given; a page of them when asked. */
  async revisions(
    schoolId: string,
    period?: string,
    page?: { limit: number; offset: number },
  ): Promise<ReportRevision[]> {
    const paging = page ? ` LIMIT ${Math.floor(page.limit)} OFFSET ${Math.floor(page.offset)}` : '';
    const rows = period
      ? await this.db.query<RevisionRecord>(
          `SELECT ${COLUMNS} FROM report_revisions WHERE school_id = $1 AND period = $2 ORDER BY revision DESC${paging}`,
          [schoolId, period],
        )
      : await this.db.query<RevisionRecord>(
          `SELECT ${COLUMNS} FROM report_revisions WHERE school_id = $1 ORDER BY received_at DESC, period DESC, revision DESC${paging}`,
          [schoolId],
        );
    return rows.map(toRevision);
  }

  /** How many revisions `revisions` would list without paging. */
  async countRevisions(schoolId: string, period?: string): Promise<number> {
    const [{ n }] = period
      ? await this.db.query<{ n: number }>(
          'SELECT COUNT(*) AS n FROM report_revisions WHERE school_id = $1 AND period = $2',
          [schoolId, period],
        )
      : await this.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM report_revisions WHERE school_id = $1', [
          schoolId,
        ]);
    return Number(n);
  }

  /** Marks a revision withdrawn; the current report falls back to the latest revision not withdrawn.
   *  False when there is no such revision; true also when it was withdrawn already. */
  async withdraw(schoolId: string, period: string, revision: number, at: Date): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.execute('UPDATE schools SET stored_bytes = stored_bytes WHERE id = $1', [schoolId]);
      const found = await tx.query(
        'SELECT revision FROM report_revisions WHERE school_id = $1 AND period = $2 AND revision = $3',
        [schoolId, period, revision],
      );
      if (!found.length) return false;
      await tx.execute(
        'UPDATE report_revisions SET withdrawn_at = $4 WHERE school_id = $1 AND period = $2 AND revision = $3 AND withdrawn_at IS NULL',
        [schoolId, period, revision, at.toISOString()],
      );
      const [{ latest }] = await tx.query<{ latest: number | null }>(
        'SELECT MAX(revision) AS latest FROM report_revisions WHERE school_id = $1 AND period = $2 AND withdrawn_at IS NULL',
        [schoolId, period],
      );
      if (latest === null)
        await tx.execute('DELETE FROM current_reports WHERE period = $1 AND school_id = $2', [period, schoolId]);
      else {
        await tx.execute(
          `UPDATE current_reports SET revision = r.revision, received_at = r.received_at, report = r.report
             FROM report_revisions r
            WHERE current_reports.period = $1 AND current_reports.school_id = $2 AND r.school_id = $2 AND r.period = $1 AND r.revision = $3`,
          [period, schoolId, Number(latest)],
        );
      }
      return true;
    });
  }

  /** The current report of every active school for the period, from current_reports (deactivated schools keep theirs, left out here). */
  async current(period: string): Promise<CurrentReport[]> {
    const rows = await this.db.query<{ school_id: string; received_at: string; report: string }>(
      `SELECT c.school_id, c.received_at, c.report
         FROM current_reports c
         JOIN schools s ON s.id = c.school_id AND s.deactivated_at IS NULL
        WHERE c.period = $1`,
      [period],
    );
    return rows.map((r) => ({
      schoolId: r.school_id,
      receivedAt: r.received_at,
      report: JSON.parse(r.report) as SchoolReport,
    }));
  }

  /** Periods that have a current report, latest first. */
  async periods(): Promise<string[]> {
    return (
      await this.db.query<{ period: string }>('SELECT DISTINCT period FROM current_reports ORDER BY period DESC')
    ).map((r) => r.period);
  }

  /** The period most schools have a current report for (the latest among equals), or null. */
  async commonestPeriod(): Promise<string | null> {
    const rows = await this.db.query<{ period: string }>(
      'SELECT period, COUNT(*) AS n FROM current_reports GROUP BY period ORDER BY n DESC, period DESC LIMIT 1',
    );
    return rows.length ? rows[0].period : null;
  }
}

async function currentOf(tx: SqlExecutor, schoolId: string, period: string) {
  const rows = await tx.query<{ revision: number; received_at: string; report: string }>(
    'SELECT revision, received_at, report FROM current_reports WHERE period = $1 AND school_id = $2',
    [period, schoolId],
  );
  return rows[0];
}
