// GET /livez: the process answers. GET /healthz: the store answers and accepts writes (else 503
// with a Russian reason), so an orchestrator can tell a stuck database from a dead process.
import { Hono } from 'hono';
import type { Store } from '../store';

/** /healthz never waits longer than this for the store. */
export const HEALTH_TIMEOUT_MS = 3_000;

export function healthRoutes(store: Store): Hono {
  return new Hono()
    .get('/livez', (c) => c.json({ status: 'ok' }))
    .get('/healthz', async (c) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`Хранилище не ответило за ${HEALTH_TIMEOUT_MS / 1000} с`), HEALTH_TIMEOUT_MS);
      });
      const reason = await Promise.race([
        store.health().catch((e: unknown) => `Хранилище не отвечает: ${(e as Error).message}`),
        timeout,
      ]);
      clearTimeout(timer);
      c.header('Cache-Control', 'no-store');
      if (reason) {
        c.header('Retry-After', '10');
        return c.json({ status: 'unavailable', store: 'unavailable', reason }, 503);
      }
      return c.json({ status: 'ok', store: 'ok' });
    });
}
