// Locks that keep two syncs (or two regional writes) from overlapping across replicas.
// PostgreSQL: a session advisory lock on a connection of its own with no open transaction (a pull
// takes minutes, and idle_in_transaction_session_timeout would end a transaction held that long),
// freed by the server even if the replica dies.
// SQLite: a lease row, renewed while the work runs and expiring if the process is killed.
import { randomUUID } from 'node:crypto';
import type { SqlDriver } from '../store/sql';

export type LockName = 'sync' | 'regional';

/** Advisory lock keys; the store's migrations use 7_461_001. */
const ADVISORY_KEYS: Record<LockName, number> = { sync: 7_461_101, regional: 7_461_102 };

export interface LeaseTiming {
  leaseMs: number;
  renewMs: number;
}

const DEFAULT_LEASE: LeaseTiming = { leaseMs: 120_000, renewMs: 30_000 };

export class DatabaseLock {
  readonly holder = randomUUID();

  constructor(
    private readonly db: SqlDriver,
    private readonly timing: LeaseTiming = DEFAULT_LEASE,
  ) {}

  /** Runs `work` while holding the lock; `{ ran: false }` at once when someone else holds it. */
  async tryRun<T>(name: LockName, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    if (this.db.dialect === 'postgres' && this.db.withSessionLock)
      return this.db.withSessionLock(ADVISORY_KEYS[name], work);
    if (this.db.dialect === 'postgres') {
      return this.db.transaction(async (tx) => {
        const [{ locked }] = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
          ADVISORY_KEYS[name],
        ]);
        if (!locked) return { ran: false as const };
        return { ran: true as const, value: await work() };
      });
    }
    if (!(await this.acquireLease(name))) return { ran: false };
    const renew = setInterval(() => void this.renewLease(name).catch(() => undefined), this.timing.renewMs);
    renew.unref();
    try {
      return { ran: true, value: await work() };
    } finally {
      clearInterval(renew);
      await this.db.execute('DELETE FROM sync_locks WHERE name = $1 AND holder = $2', [name, this.holder]);
    }
  }

  private async acquireLease(name: LockName): Promise<boolean> {
    const now = Date.now();
    const changed = await this.db.execute(
      `INSERT INTO sync_locks (name, holder, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE sync_locks.expires_at < $4`,
      [name, this.holder, new Date(now + this.timing.leaseMs).toISOString(), new Date(now).toISOString()],
    );
    return changed === 1;
  }

  private async renewLease(name: LockName): Promise<void> {
    await this.db.execute('UPDATE sync_locks SET expires_at = $3 WHERE name = $1 AND holder = $2', [
      name,
      this.holder,
      new Date(Date.now() + this.timing.leaseMs).toISOString(),
    ]);
  }
}
