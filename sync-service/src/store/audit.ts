// The audit log of administrative actions: who (by token label), what, when; kept in the store.
import { randomBytes } from 'node:crypto';
import type { SqlDriver, SqlExecutor } from './sql';

export interface AuditEntry {
  id: string;
  at: string;
  /** Who acted: the label of the token used, or «Администратор (ADMIN_TOKEN)». */
  actor: string;
  /** What was done, e.g. `token.issue`, `school.update`, `region.update`. */
  action: string;
  /** What it was done to: a school code, a token id, … */
  target: string | null;
  /** Details in Russian-readable JSON (never a token). */
  details: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: string;
}

export class AuditStore {
  constructor(private readonly db: SqlDriver) {}

  /** Records an action; pass the transaction's executor to record it together with the change. */
  async add(entry: NewAuditEntry, now: Date, on: SqlExecutor = this.db): Promise<void> {
    // The time first, so ids of one millisecond still sort in insertion order.
    const id = `${now.getTime().toString(36).padStart(9, '0')}-${randomBytes(6).toString('hex')}`;
    await on.execute('INSERT INTO audit_log (id, at, actor, action, target, details) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      now.toISOString(),
      entry.actor,
      entry.action,
      entry.target,
      JSON.stringify(entry.details),
    ]);
  }

  /** The latest entries, newest first. */
  async list(limit = 500): Promise<AuditEntry[]> {
    const rows = await this.db.query<AuditRecord>(
      `SELECT id, at, actor, action, target, details FROM audit_log ORDER BY id DESC LIMIT ${Math.max(1, Math.floor(limit))}`,
    );
    return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
  }
}
