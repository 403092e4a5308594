// SQLite through better-sqlite3: the embedded default store (a file in DATA_DIR, WAL mode).
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { corruptMessage, StoreUnavailableError } from './errors';
import { positionalPlaceholders, type SqlDriver, type SqlExecutor, type SqlValue } from './sql';

/** A writer never waits long on the file lock: it blocks the event loop while it waits. The
 *  DATA_DIR lock keeps other services away, so only a backup or a manual sqlite3 can hold it. */
const BUSY_TIMEOUT_MS = 250;
/** Below this much free space on the data disk, /healthz reports the store as full. */
export const MIN_FREE_BYTES = 16 * 1024 * 1024;

export interface SqliteDriver extends SqlDriver {
  /** An online copy of the database into `file` (better-sqlite3's backup API; readers and writers go on meanwhile). */
  backup(file: string): Promise<void>;
}

const CORRUPT_CODES = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_CORRUPT_SEQUENCE',
  'SQLITE_CORRUPT_INDEX',
]);
const isCorruption = (error: unknown) => CORRUPT_CODES.has(String((error as { code?: unknown } | null)?.code));

/** Checks the file's structure: the integrity check a damaged file fails at start. */
function integrityProblems(db: Database.Database): string[] {
  const rows = db.pragma('quick_check(20)') as Array<{ quick_check: string }>;
  return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
}

function damagedFile(file: string, details: string): Error {
  return new Error(
    `Файл базы данных ${file} повреждён (${details}). Сервис не запущен, чтобы не записывать в повреждённый файл.\n` +
      `Восстановите его из резервной копии: остановите сервис и выполните «npm run restore -- <файл из ${dirname(file)}/backups>» (см. README, «Резервные копии»).`,
  );
}

export function openSqliteDriver(file: string): SqliteDriver {
  const memory = file === ':memory:';
  // The database holds token hashes and reports: readable by the service's user only.
  if (!memory && !existsSync(file)) closeSync(openSync(file, 'wx', 0o600));
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!memory) {
      const problems = integrityProblems(db);
      if (problems.length) throw damagedFile(file, problems.slice(0, 3).join('; '));
      for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    }
  } catch (error) {
    if (isCorruption(error)) throw damagedFile(file, (error as Error).message);
    throw error;
  }

  /** Set once the file has shown damage: writes are refused from then on. */
  let broken: string | null = null;
  const watch = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      if (isCorruption(error)) broken = corruptMessage();
      throw error;
    }
  };
  const refuseIfBroken = () => {
    if (broken) throw new StoreUnavailableError(broken);
  };

  const statements = new Map<string, { stmt: Database.Statement; order: number[] }>();
  function prepared(sql: string, params: readonly SqlValue[]) {
    let entry = statements.get(sql);
    if (!entry) {
      const positional = positionalPlaceholders(sql);
      entry = { stmt: watch(() => db.prepare(positional.sql)), order: positional.order };
      statements.set(sql, entry);
    }
    return { stmt: entry.stmt, values: entry.order.map((i) => params[i] ?? null) };
  }

  const direct: SqlExecutor = {
    async query<T>(sql: string, params: readonly SqlValue[] = []) {
      const { stmt, values } = prepared(sql, params);
      if (stmt.reader) return watch(() => stmt.all(...values) as T[]);
      refuseIfBroken();
      watch(() => stmt.run(...values));
      return [];
    },
    async execute(sql, params = []) {
      refuseIfBroken();
      const { stmt, values } = prepared(sql, params);
      return watch(() => stmt.run(...values).changes);
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
        refuseIfBroken();
        watch(() => db.exec('BEGIN IMMEDIATE'));
        try {
          const result = await fn(direct);
          watch(() => db.exec('COMMIT'));
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    health: () =>
      exclusive(async () => {
        if (broken) return broken;
        try {
          watch(() => db.prepare('SELECT COUNT(*) FROM schema_migrations').get());
        } catch (error) {
          return broken ?? `Хранилище не отвечает: ${(error as Error).message}`;
        }
        if (!memory) {
          const fs = statfsSync(dirname(file));
          if (fs.bavail * fs.bsize < MIN_FREE_BYTES)
            return 'На диске с данными сервиса почти нет места (меньше 16 МБ): освободите место';
        }
        return null;
      }),
    async backup(target) {
      if (memory) throw new Error('База в памяти (демо) не копируется');
      await db.backup(target);
    },
    close: () =>
      exclusive(async () => {
        db.close();
      }),
  };
}
