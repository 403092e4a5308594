// The store's SQL layer on both engines: migrations, portable placeholders, transactions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../sync-service/src/store/migrate';
import { MIGRATIONS } from '../../sync-service/src/store/migrations/index';
import { positionalPlaceholders } from '../../sync-service/src/store/sql';
import { openStore, type Store } from '../../sync-service/src/store';
import { sampleReport } from '../report/sample-report';
import { backends } from './harness';

describe('positional placeholders for SQLite', () => {
  it('rewrites $n to ? and binds parameters in order of use, repeated or reordered', () => {
    expect(positionalPlaceholders('SELECT $2, $1, $2')).toEqual({ sql: 'SELECT ?, ?, ?', order: [1, 0, 1] });
    expect(positionalPlaceholders('SELECT 1')).toEqual({ sql: 'SELECT 1', order: [] });
  });
});

for (const backend of backends()) {
  describe(`store (${backend.name})`, () => {
    let store: Store;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      store = await openStore(place.location);
    });
    afterAll(async () => {
      await store?.close();
      await drop?.();
    });

    it('records applied migrations and applies nothing twice', async () => {
      const rows = await store.driver.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => [Number(r.version), r.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
      expect(await migrate(store.driver)).toEqual([]);
    });

    it('applies a later migration once, in order', async () => {
      const extra = {
        version: 9_001,
        name: 'test-extra',
        statements: ['CREATE TABLE test_extra (id TEXT PRIMARY KEY, n BIGINT)'],
      };
      expect(await migrate(store.driver, [...MIGRATIONS, extra])).toEqual([9_001]);
      expect(await migrate(store.driver, [...MIGRATIONS, extra])).toEqual([]);
      await store.driver.execute('INSERT INTO test_extra (id, n) VALUES ($1, $2)', ['a', 2 ** 40]);
      expect(await store.driver.query('SELECT n FROM test_extra')).toEqual([{ n: 2 ** 40 }]);
    });

    it('binds the same placeholders on both engines', async () => {
      const [row] = await store.driver.query<{ a: string; b: string; c: string }>('SELECT $2 AS a, $1 AS b, $2 AS c', [
        'one',
        'two',
      ]);
      expect(row).toEqual({ a: 'two', b: 'one', c: 'two' });
    });

    it('rolls a failed transaction back entirely', async () => {
      await store.schools.create(
        { id: 'T1', name: 'Школа', municipality: 'М', kind: 'school', source: { type: 'push' } },
        'hash-t1',
        new Date(),
      );
      const failing = store.driver.transaction(async (tx) => {
        await tx.execute('UPDATE schools SET name = $2 WHERE id = $1', ['T1', 'Переименована']);
        await tx.execute(
          "INSERT INTO tokens (hash, role, school_id, created_at) VALUES ('hash-t1', 'school', 'T1', 'x')",
        );
      });
      await expect(failing).rejects.toThrow();
      expect((await store.schools.get('T1'))?.name).toBe('Школа');
    });

    it('keeps a report revision out when its school is unknown', async () => {
      await expect(store.reports.add('NOPE', sampleReport({ id: 'NOPE' }), 'push', new Date())).rejects.toThrow();
      expect(await store.reports.revisions('NOPE')).toEqual([]);
    });
  });
}
