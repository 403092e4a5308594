// A thin SQL driver abstraction: the store's SQL is written once with `$1` placeholders,
// TEXT/INTEGER/BIGINT columns and ISO-8601 text timestamps, and runs on SQLite and PostgreSQL.

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  /** Rows of a SELECT (or of a statement with RETURNING). */
  query<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   *  Inside, use only the executor it is given (the driver itself would wait for the transaction). */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** PostgreSQL only: runs `fn` while holding a session-level advisory lock on a dedicated
   *  connection that holds no transaction (so an idle-in-transaction timeout cannot end it);
   *  `{ ran: false }` at once when another session holds it. `fn` uses the driver as usual. */
  withSessionLock?<T>(key: number, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
  /** Null when the store answers and accepts writes, else a Russian reason (for /healthz). */
  health(): Promise<string | null>;
  close(): Promise<void>;
}

/** Rewrites `$n` placeholders to positional `?` for SQLite; `order[i]` is the index of the
 *  parameter bound to the i-th `?` (a parameter may be used several times, in any order). */
export function positionalPlaceholders(sql: string): { sql: string; order: number[] } {
  const order: number[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
    order.push(Number(n) - 1);
    return '?';
  });
  return { sql: text, order };
}
