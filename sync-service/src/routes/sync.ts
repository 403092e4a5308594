// POST /api/v1/sync (admin): pulls every school with a Google source now.
import { Hono } from 'hono';
import { authorize } from '../auth/principal';
import type { RouteDeps } from './deps';

export interface SchoolSyncResult {
  id: string;
  status: 'ok' | 'unchanged' | 'error';
  /** Russian text, with status `error`. */
  error?: string;
}

/** The Google pull (issue 4) plugs in here. */
export interface SyncRunner {
  run(): Promise<SchoolSyncResult[]>;
}

export const GOOGLE_NOT_CONFIGURED =
  'Google Sheets не настроен: задайте GOOGLE_APPLICATION_CREDENTIALS (ключ сервисного аккаунта) или SHEETS_API_ROOT_URL и SHEETS_API_TOKEN и перезапустите сервис';

export function syncRoutes(deps: RouteDeps): Hono {
  return new Hono().post('/api/v1/sync', async (c) => {
    await authorize(c, deps, ['admin']);
    if (deps.sync) return c.json({ results: await deps.sync.run() });
    const schools = await deps.store.schools.list();
    const results: SchoolSyncResult[] = schools
      .filter((s) => s.source.type === 'google')
      .map((s) => ({ id: s.id, status: 'error', error: GOOGLE_NOT_CONFIGURED }));
    return c.json({ results });
  });
}
