// Access tokens and dashboard sessions, both kept only as sha256 hashes.
import type { SqlDriver } from './sql';

export type Role = 'admin' | 'school' | 'viewer';

export interface TokenOwner {
  role: Role;
  /** Set for role `school`. */
  schoolId: string | null;
}

export class TokenStore {
  constructor(private readonly db: SqlDriver) {}

  async add(hash: string, owner: TokenOwner, now: Date): Promise<void> {
    await this.db.execute('INSERT INTO tokens (hash, role, school_id, created_at) VALUES ($1, $2, $3, $4)', [hash, owner.role, owner.schoolId, now.toISOString()]);
  }

  /** The owner of a school or viewer token. Admin rows are not looked up here: the app knows its one admin hash. */
  async find(hash: string): Promise<TokenOwner | null> {
    const rows = await this.db.query<{ role: Role; school_id: string | null }>("SELECT role, school_id FROM tokens WHERE hash = $1 AND role <> 'admin'", [hash]);
    return rows.length ? { role: rows[0].role, schoolId: rows[0].school_id } : null;
  }

  /** The hash of the admin token generated at first start (when ADMIN_TOKEN was not set), if any. */
  async generatedAdminHash(): Promise<string | null> {
    const rows = await this.db.query<{ hash: string }>("SELECT hash FROM tokens WHERE role = 'admin' ORDER BY created_at DESC");
    return rows.length ? rows[0].hash : null;
  }

  /** `tokenHash`: the token that opened the session; the session ends with it. */
  async createSession(hash: string, role: Exclude<Role, 'school'>, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.execute('DELETE FROM sessions WHERE expires_at <= $1', [now.toISOString()]);
      await tx.execute('INSERT INTO sessions (hash, role, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
        hash,
        role,
        tokenHash,
        now.toISOString(),
        expiresAt.toISOString(),
      ]);
    });
  }

  /** An unexpired session with the token that opened it (null for sessions from before tokens were recorded). */
  async findSession(hash: string, now: Date): Promise<{ role: Exclude<Role, 'school'>; tokenHash: string | null } | null> {
    const rows = await this.db.query<{ role: 'admin' | 'viewer'; token_hash: string | null }>('SELECT role, token_hash FROM sessions WHERE hash = $1 AND expires_at > $2', [
      hash,
      now.toISOString(),
    ]);
    return rows.length ? { role: rows[0].role, tokenHash: rows[0].token_hash } : null;
  }

  async deleteSession(hash: string): Promise<void> {
    await this.db.execute('DELETE FROM sessions WHERE hash = $1', [hash]);
  }
}
