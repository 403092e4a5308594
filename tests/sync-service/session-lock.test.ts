// A managed PostgreSQL's idle_in_transaction_session_timeout against the sync lock: the process
// lives and a lock held across slow work never depends on an open transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../sync-service/src/store';
import { DatabaseLock } from '../../sync-service/src/sync/lock';
import { postgresOnly } from './harness';

const SLOW_PULL_MS = 1_500;

for (const backend of postgresOnly('idle-in-transaction timeout')) {
  describe(`idle-in-transaction timeout of 1 s (${backend.name})`, () => {
    let store: Store;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      const url = new URL((place.location as { databaseUrl: string }).databaseUrl);
      url.searchParams.set('options', `${url.searchParams.get('options')} -c idle_in_transaction_session_timeout=1000`);
      store = await openStore({ databaseUrl: url.toString() });
    });
    afterAll(async () => {
      await store?.close();
      await drop?.();
    });

    it('the sync lock holds across a pull longer than the timeout: it keeps no transaction open', async () => {
      const outcome = await new DatabaseLock(store.driver).tryRun(
        'sync',
        () => new Promise((r) => setTimeout(() => r('pulled'), SLOW_PULL_MS)),
      );
      expect(outcome).toEqual({ ran: true, value: 'pulled' });
      expect(await store.health()).toBeNull();
    });

    it('a transaction left idle longer is ended by the server: its caller gets an error, the process lives, the pool recovers', async () => {
      const outcome = await store.driver
        .transaction(async (tx) => {
          await tx.query('SELECT 1');
          await new Promise((r) => setTimeout(r, SLOW_PULL_MS));
          return tx.query('SELECT 2');
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(outcome).toBeInstanceOf(Error);
      expect(await store.health()).toBeNull();
    });

    it('a session-level lock on a dedicated connection holds across a slow pull, excludes a second holder and is freed after', async () => {
      const lock = store.driver.withSessionLock!;
      let second: { ran: boolean } | undefined;
      const first = await lock(7_461_101, async () => {
        second = await lock(7_461_101, async () => 'never');
        await new Promise((r) => setTimeout(r, SLOW_PULL_MS));
        // The pull's own writes go through the pool as usual.
        await store.driver.execute('CREATE TABLE IF NOT EXISTS pulled (id INTEGER)');
        return 'pulled';
      });
      expect(first).toEqual({ ran: true, value: 'pulled' });
      expect(second).toEqual({ ran: false });
      expect(await lock(7_461_101, async () => 'again')).toEqual({ ran: true, value: 'again' });
    });
  });
}
