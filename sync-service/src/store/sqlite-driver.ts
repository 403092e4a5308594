// SQLite through better-sqlite3: the embedded default store (a file in DATA_DIR, WAL mode).
import Database from 'better-sqlite3';
import { positionalPlaceholders, type Row, type SqlDriver, type SqlExecutor, type SqlValue } from './sql';

export function openSqliteDriver(file: string): SqlDriver {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const statements = new Map<string, { stmt: Database.Statement; order: number[] }>();
  function prepared(sql: string, params: readonly SqlValue[]) {
    let entry = statements.get(sql);
    if (!entry) {
      const positional = positionalPlaceholders(sql);
      entry = { stmt: db.prepare(positional.sql), order: positional.order };
      statements.set(sql, entry);
    }
    return { stmt: entry.stmt, values: entry.order.map((i) => params[i] ?? null) };
  }

  const direct: SqlExecutor = {
    async query<T>(sql: string, params: readonly SqlValue[] = []) {
      const { stmt, values } = prepared(sql, params);
      if (stmt.reader) return stmt.all(...values) as T[];
      stmt.run(...values);
      return [];
    },
    async execute(sql, params = []) {
      const { stmt, values } = prepared(sql, params);
      return stmt.run(...values).changes;
    },
  };

  // One connection: while a transaction awaits, other callers must not slip statements into it.
  let tail: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = tail.then(fn);
    tail = result.catch(() => undefined);
    return result;
  }

  return {
    dialect: 'sqlite',
    query: (sql, params) => exclusive(() => direct.query(sql, params)),
    execute: (sql, params) => exclusive(() => direct.execute(sql, params)),
    transaction: (fn) =>
      exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      exclusive(async () => {
        db.close();
      }),
  };
}
