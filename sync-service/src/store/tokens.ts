// Access tokens and dashboard sessions, both kept only as sha256 hashes.
import { randomBytes } from 'node:crypto';
import type { SqlDriver } from './sql';

/** `methodologist`: reviews the region's bank of practices and sees the dashboard; changes nothing else. */
export type Role = 'admin' | 'school' | 'viewer' | 'methodologist';

export interface TokenOwner {
  role: Role;
  /** Set for role `school`. */
  schoolId: string | null;
}

/** A stored token as the service names it: its id (public) and label, never the token. */
export interface TokenIdentity {
  id: string;
  label: string | null;
}

/** A new public id for a token (not derived from the token). */
export function newTokenId(): string {
  return randomBytes(8).toString('hex');
}

export class TokenStore {
  constructor(private readonly db: SqlDriver) {}

  /** Stores a token's hash; returns its public id. */
  async add(hash: string, owner: TokenOwner, now: Date, label: string | null = null): Promise<string> {
    const id = newTokenId();
    await this.db.execute(
      'INSERT INTO tokens (hash, role, school_id, created_at, id, label) VALUES ($1, $2, $3, $4, $5, $6)',
      [hash, owner.role, owner.schoolId, now.toISOString(), id, label],
    );
    return id;
  }

  /** The owner of a school or viewer token that is not revoked. Admin rows are not looked up here: the app knows its one admin hash. */
  async find(hash: string): Promise<(TokenOwner & TokenIdentity) | null> {
    const rows = await this.db.query<{ role: Role; school_id: string | null; id: string; label: string | null }>(
      "SELECT role, school_id, id, label FROM tokens WHERE hash = $1 AND role <> 'admin' AND revoked_at IS NULL",
      [hash],
    );
    return rows.length
      ? { role: rows[0].role, schoolId: rows[0].school_id, id: rows[0].id, label: rows[0].label }
      : null;
  }

  /** Records a use of the token, at most once a minute (a write per request would be wasteful). */
  async touch(id: string, now: Date): Promise<void> {
    const at = now.toISOString();
    const minuteAgo = new Date(now.getTime() - 60_000).toISOString();
    await this.db.execute(
      'UPDATE tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)',
      [id, at, minuteAgo],
    );
  }

  /** The hash of the admin token generated at first start (when ADMIN_TOKEN was not set), if any. */
  async generatedAdminHash(): Promise<string | null> {
    const rows = await this.db.query<{ hash: string }>(
      "SELECT hash FROM tokens WHERE role = 'admin' ORDER BY created_at DESC",
    );
    return rows.length ? rows[0].hash : null;
  }

  /**
   * `tokenHash`: the token that opened the session, which ends with it; `tokenId`: its stored id (null
   * for the admin token), so revoking it ends the session and the audit log names its label.
   */
  async createSession(
    hash: string,
    role: Exclude<Role, 'school'>,
    tokenHash: string,
    now: Date,
    expiresAt: Date,
    tokenId: string | null = null,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.execute('DELETE FROM sessions WHERE expires_at <= $1', [now.toISOString()]);
      await tx.execute(
        'INSERT INTO sessions (hash, role, token_hash, created_at, expires_at, token_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [hash, role, tokenHash, now.toISOString(), expiresAt.toISOString(), tokenId],
      );
    });
  }

  /** An unexpired session: its role, the token that opened it (null for sessions from before tokens were recorded), its id and label. */
  async findSession(
    hash: string,
    now: Date,
  ): Promise<{
    role: Exclude<Role, 'school'>;
    tokenHash: string | null;
    tokenId: string | null;
    label: string | null;
  } | null> {
    const rows = await this.db.query<{
      role: Exclude<Role, 'school'>;
      token_hash: string | null;
      token_id: string | null;
      label: string | null;
    }>(
      'SELECT s.role, s.token_hash, s.token_id, t.label FROM sessions s LEFT JOIN tokens t ON t.id = s.token_id WHERE s.hash = $1 AND s.expires_at > $2',
      [hash, now.toISOString()],
    );
    return rows.length
      ? { role: rows[0].role, tokenHash: rows[0].token_hash, tokenId: rows[0].token_id, label: rows[0].label }
      : null;
  }

  async deleteSession(hash: string): Promise<void> {
    await this.db.execute('DELETE FROM sessions WHERE hash = $1', [hash]);
  }
}
