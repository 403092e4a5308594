// Sync runs as the store keeps them: what GET /api/v1/sync/{id} reads while a run goes on and after.
import type { SqlDriver } from '../store/sql';
import type { SchoolSyncResult } from './pull';
import type { SchoolSyncStatus } from './state-store';

export type { SchoolSyncResult } from './pull';

export type SyncRunState = 'running' | 'done' | 'failed';
/** `manual`: POST /api/v1/sync; `schedule`: SYNC_INTERVAL_MINUTES. */
export type SyncRunTrigger = 'manual' | 'schedule';

export interface SyncRunRecord {
  id: string;
  state: SyncRunState;
  trigger: SyncRunTrigger;
  startedAt: string;
  finishedAt: string | null;
  total: number;
  done: number;
  /** Russian reason when the run as a whole failed. */
  error: string | null;
  results: SchoolSyncResult[];
}

interface RunRow {
  id: string;
  state: SyncRunState;
  started_by: SyncRunTrigger;
  started_at: string;
  finished_at: string | null;
  total: number | string;
  done: number | string;
  error: string | null;
}

/** Runs kept for reading back; older ones are dropped when a new one starts. */
const RUNS_KEPT = 50;

export const ABANDONED_RUN = 'Прервана: экземпляр сервиса, который её вёл, остановился до её окончания';

export class SyncRunStore {
  constructor(private readonly db: SqlDriver) {}

  /** Records a new running run. Call only while holding the sync lock: other `running` rows are then abandoned. */
  async create(run: { id: string; trigger: SyncRunTrigger; startedAt: string; total: number }): Promise<void> {
    await this.db.execute(
      `UPDATE sync_runs SET state = 'failed', finished_at = $1, error = $2 WHERE state = 'running'`,
      [run.startedAt, ABANDONED_RUN],
    );
    const oldest = `SELECT started_at FROM sync_runs ORDER BY started_at DESC LIMIT 1 OFFSET ${RUNS_KEPT - 1}`;
    await this.db.execute(
      `DELETE FROM sync_run_schools WHERE run_id IN (SELECT id FROM sync_runs WHERE started_at < (${oldest}))`,
    );
    await this.db.execute(`DELETE FROM sync_runs WHERE started_at < (${oldest})`);
    await this.db.execute(
      `INSERT INTO sync_runs (id, state, started_by, started_at, finished_at, total, done, error) VALUES ($1, 'running', $2, $3, NULL, $4, 0, NULL)`,
      [run.id, run.trigger, run.startedAt, run.total],
    );
  }

  /** One school is finished: its result in pull order, and the count moves on. */
  async addResult(runId: string, position: number, result: SchoolSyncResult): Promise<void> {
    await this.db.execute(
      'INSERT INTO sync_run_schools (run_id, position, school_id, status, error) VALUES ($1, $2, $3, $4, $5)',
      [runId, position, result.id, result.status, result.error ?? null],
    );
    await this.db.execute('UPDATE sync_runs SET done = done + 1 WHERE id = $1', [runId]);
  }

  async finish(runId: string, finishedAt: string, error?: string): Promise<void> {
    await this.db.execute('UPDATE sync_runs SET state = $2, finished_at = $3, error = $4 WHERE id = $1', [
      runId,
      error === undefined ? 'done' : 'failed',
      finishedAt,
      error ?? null,
    ]);
  }

  async get(id: string): Promise<SyncRunRecord | undefined> {
    const [row] = await this.db.query<RunRow>('SELECT * FROM sync_runs WHERE id = $1', [id]);
    return row ? this.withResults(row) : undefined;
  }

  /** The most recently started run. */
  async latest(): Promise<SyncRunRecord | undefined> {
    const [row] = await this.db.query<RunRow>('SELECT * FROM sync_runs ORDER BY started_at DESC, id DESC LIMIT 1');
    return row ? this.withResults(row) : undefined;
  }

  /** The run in progress (in any replica), if any. */
  async running(): Promise<SyncRunRecord | undefined> {
    const [row] = await this.db.query<RunRow>(
      `SELECT * FROM sync_runs WHERE state = 'running' ORDER BY started_at DESC LIMIT 1`,
    );
    return row ? this.withResults(row) : undefined;
  }

  private async withResults(row: RunRow): Promise<SyncRunRecord> {
    const schools = await this.db.query<{ school_id: string; status: SchoolSyncStatus; error: string | null }>(
      'SELECT school_id, status, error FROM sync_run_schools WHERE run_id = $1 ORDER BY position',
      [row.id],
    );
    return {
      id: row.id,
      state: row.state,
      trigger: row.started_by,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      total: Number(row.total),
      done: Number(row.done),
      error: row.error,
      results: schools.map((s) =>
        s.error === null
          ? { id: s.school_id, status: s.status }
          : { id: s.school_id, status: s.status, error: s.error },
      ),
    };
  }
}
