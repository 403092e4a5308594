// PostgreSQL through `pg`, used when DATABASE_URL is set. Every failure of the server or the
// network is an error of the call that met it, never of the process: the pool reconnects by itself.
import pg from 'pg';
import { storeUnavailableReason } from './errors';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql';

const INT8 = 20;

export interface PostgresTimeouts {
  /** Server-side limit of one statement. */
  statementMs: number;
  /** Client-side limit of one query: also ends a wait on a frozen server that cannot cancel anything. */
  queryMs: number;
  /** Limit of opening a connection. */
  connectMs: number;
}

export const DEFAULT_PG_TIMEOUTS: PostgresTimeouts = { statementMs: 10_000, queryMs: 15_000, connectMs: 5_000 };

export function openPostgresDriver(
  connectionString: string,
  timeouts: PostgresTimeouts = DEFAULT_PG_TIMEOUTS,
): SqlDriver {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    connectionTimeoutMillis: timeouts.connectMs,
    keepAlive: true,
    // BIGINT columns hold counts far below 2^53: read them as numbers, as SQLite does.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8
          ? Number
          : (pg.types.getTypeParser(oid, format) as (value: string) => unknown)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);

  const on = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await client.query(sql, params as SqlValue[])).rows as T[];
    },
    async execute(sql, params = []) {
      return (await client.query(sql, params as SqlValue[])).rowCount ?? 0;
    },
  });
  const direct = on(pool);

  return {
    dialect: 'postgres',
    query: (sql, params) => direct.query(sql, params),
    execute: (sql, params) => direct.execute(sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      // A borrowed client has no pool listener: without this one, the server ending the
      // connection (57P01 on shutdown, an idle-in-transaction timeout) is an unhandled 'error' event.
      let broken: Error | undefined;
      const onError = (error: Error) => (broken ??= error);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!broken) await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        // A client that met an outage is not trusted again even if its rollback went through.
        if (!broken && storeUnavailableReason(error)) broken = error as Error;
        throw error;
      } finally {
        client.off('error', onError);
        // A broken client is discarded rather than returned to the pool.
        client.release(broken);
      }
    },
    async withSessionLock(key, fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      const onError = (error: Error) => (broken ??= error);
      client.on('error', onError);
      try {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
        if (!rows[0].locked) return { ran: false as const };
        try {
          return { ran: true as const, value: await fn() };
        } finally {
          // A lost connection has freed the lock on the server already.
          if (!broken) await client.query('SELECT pg_advisory_unlock($1)', [key]).catch((e: Error) => (broken = e));
        }
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    async health() {
      try {
        await direct.query('SELECT 1');
        return null;
      } catch (error) {
        return storeUnavailableReason(error) ?? `База данных PostgreSQL ответила ошибкой: ${(error as Error).message}`;
      }
    },
    close: () => pool.end(),
  };
}
