// PostgreSQL through `pg`, used when DATABASE_URL is set.
import pg from 'pg';
import type { Row, SqlDriver, SqlExecutor, SqlValue } from './sql';

const INT8 = 20;

export function openPostgresDriver(connectionString: string): SqlDriver {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    // BIGINT columns hold counts far below 2^53: read them as numbers, as SQLite does.
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
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
    query: direct.query,
    execute: direct.execute,
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      } finally {
        // A client whose rollback failed is discarded rather than returned to the pool.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
