// Issued tokens as the administrator sees them: label, role, created, last used — never the token.
import type { SqlDriver } from './sql';
import type { Role } from './tokens';

export interface IssuedToken {
  id: string;
  role: Exclude<Role, 'admin'>;
  schoolId: string | null;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface TokenRecord {
  id: string;
  role: Exclude<Role, 'admin'>;
  school_id: string | null;
  label: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toToken = (r: TokenRecord): IssuedToken => ({
  id: r.id,
  role: r.role,
  schoolId: r.school_id,
  label: r.label,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

const COLUMNS = 'id, role, school_id, label, created_at, last_used_at, revoked_at';

export class TokenAdminStore {
  constructor(private readonly db: SqlDriver) {}

  /** School and viewer tokens, newest first; revoked ones only when asked. */
  async list(options: { revoked?: boolean } = {}): Promise<IssuedToken[]> {
    const revoked = options.revoked ? '' : ' AND revoked_at IS NULL';
    const rows = await this.db.query<TokenRecord>(
      `SELECT ${COLUMNS} FROM tokens WHERE role <> 'admin'${revoked} ORDER BY created_at DESC, id`,
    );
    return rows.map(toToken);
  }

  async get(id: string): Promise<IssuedToken | null> {
    const rows = await this.db.query<TokenRecord>(`SELECT ${COLUMNS} FROM tokens WHERE id = $1 AND role <> 'admin'`, [
      id,
    ]);
    return rows.length ? toToken(rows[0]) : null;
  }

  /** Revokes tokens and ends their dashboard sessions at once; returns the ids it revoked. */
  async revoke(ids: readonly string[], now: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const revoked: string[] = [];
      for (const id of ids) {
        const changed = await tx.execute(
          "UPDATE tokens SET revoked_at = $2 WHERE id = $1 AND role <> 'admin' AND revoked_at IS NULL",
          [id, now.toISOString()],
        );
        await tx.execute('DELETE FROM sessions WHERE token_id = $1', [id]);
        if (changed) revoked.push(id);
      }
      return revoked;
    });
  }

  /** Ids of a school's live tokens. */
  async liveOfSchool(schoolId: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      "SELECT id FROM tokens WHERE school_id = $1 AND role = 'school' AND revoked_at IS NULL",
      [schoolId],
    );
    return rows.map((r) => r.id);
  }
}
