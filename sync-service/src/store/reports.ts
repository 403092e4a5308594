// Report revisions: every accepted report is kept; the current one of a school and period is its latest.
import type { CurrentReport } from '../../../shared/indicators';
import type { SchoolReport } from '../../../shared/report';
import type { SqlDriver } from './sql';

/** How a revision arrived: pushed over HTTP or pulled from the school's spreadsheet. */
export type ReportOrigin = 'push' | 'pull';

export interface ReportRevision {
  schoolId: string;
  period: string;
  /** 1, 2, … per school and period, in arrival order. */
  revision: number;
  receivedAt: string;
  origin: ReportOrigin;
  report: SchoolReport;
}

interface RevisionRecord {
  school_id: string;
  period: string;
  revision: number;
  received_at: string;
  origin: ReportOrigin;
  report: string;
}

const toRevision = (r: RevisionRecord): ReportRevision => ({
  schoolId: r.school_id,
  period: r.period,
  revision: Number(r.revision),
  receivedAt: r.received_at,
  origin: r.origin,
  report: JSON.parse(r.report) as SchoolReport,
});

export class ReportStore {
  constructor(private readonly db: SqlDriver) {}

  /** Stores a validated report as the newest revision of its school and period.
   *  `created` is true when it is the first revision of that school and period. */
  async add(schoolId: string, report: SchoolReport, origin: ReportOrigin, receivedAt: Date): Promise<{ revision: number; created: boolean }> {
    const at = receivedAt.toISOString();
    return this.db.transaction(async (tx) => {
      // Also locks the school's row on PostgreSQL, so concurrent revisions of one school queue up.
      await tx.execute('UPDATE schools SET last_report_at = $2 WHERE id = $1', [schoolId, at]);
      const [{ latest }] = await tx.query<{ latest: number | null }>(
        'SELECT MAX(revision) AS latest FROM report_revisions WHERE school_id = $1 AND period = $2',
        [schoolId, report.period],
      );
      const revision = Number(latest ?? 0) + 1;
      await tx.execute('INSERT INTO report_revisions (school_id, period, revision, received_at, origin, report) VALUES ($1, $2, $3, $4, $5, $6)', [
        schoolId,
        report.period,
        revision,
        at,
        origin,
        JSON.stringify(report),
      ]);
      return { revision, created: revision === 1 };
    });
  }

  /** Revisions of a school, newest first; of one period when given. */
  async revisions(schoolId: string, period?: string): Promise<ReportRevision[]> {
    const rows = period
      ? await this.db.query<RevisionRecord>('SELECT * FROM report_revisions WHERE school_id = $1 AND period = $2 ORDER BY revision DESC', [schoolId, period])
      : await this.db.query<RevisionRecord>('SELECT * FROM report_revisions WHERE school_id = $1 ORDER BY received_at DESC, period DESC, revision DESC', [schoolId]);
    return rows.map(toRevision);
  }

  /** The current report of every active school for the period (deactivated schools keep theirs, left out here). */
  async current(period: string): Promise<CurrentReport[]> {
    const rows = await this.db.query<{ school_id: string; received_at: string; report: string }>(
      `SELECT r.school_id, r.received_at, r.report
         FROM report_revisions r
         JOIN (SELECT school_id, MAX(revision) AS revision FROM report_revisions WHERE period = $1 GROUP BY school_id) latest
           ON latest.school_id = r.school_id AND latest.revision = r.revision
         JOIN schools s ON s.id = r.school_id AND s.deactivated_at IS NULL
        WHERE r.period = $1`,
      [period],
    );
    return rows.map((r) => ({ schoolId: r.school_id, receivedAt: r.received_at, report: JSON.parse(r.report) as SchoolReport }));
  }

  /** Periods that have at least one report, latest first. */
  async periods(): Promise<string[]> {
    return (await this.db.query<{ period: string }>('SELECT DISTINCT period FROM report_revisions ORDER BY period DESC')).map((r) => r.period);
  }
}
