// POST /api/v1/sync (admin): starts a pull of every school with a Google source in the background
// and answers 202 at once; GET /api/v1/sync/{id} and /api/v1/sync/latest show how it goes.
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod';
import { authorizeAdmin } from '../auth/admin';
import { authorize } from '../auth/principal';
import { conflict, notFound } from '../http/errors';
import type { SyncRunner } from '../deps';
import { createSyncService, type SyncRunStatus } from '../sync/service';
import type { RouteDeps } from './deps';

export type { SchoolSyncResult } from '../sync/pull';

export const syncRunSchema = z.strictObject({
  id: z.string(),
  statusUrl: z.string().meta({ description: 'Адрес, где смотреть ход синхронизации' }),
  state: z.enum(['running', 'done', 'failed']).meta({
    description: 'running — идёт, done — закончена (ошибки отдельных организаций — в results), failed — прервана',
  }),
  trigger: z.enum(['manual', 'schedule']).meta({ description: 'manual — запущена запросом, schedule — по расписанию' }),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  total: z.number().int().min(0).meta({ description: 'Организаций с таблицей Google в этой синхронизации' }),
  done: z.number().int().min(0).meta({ description: 'Из них уже обработано' }),
  estimatedSecondsLeft: z.number().int().min(0).nullable().meta({
    description:
      'Пока идёт: оценка оставшегося времени, если каждая оставшаяся таблица потребует одного чтения в пределах квоты Google (неизменённые читать не нужно — выйдет быстрее)',
  }),
  nextScheduledAt: z.iso
    .datetime()
    .nullable()
    .meta({ description: 'Когда этот экземпляр сервиса начнёт следующую синхронизацию по расписанию' }),
  error: z.string().nullable().meta({ description: 'Почему синхронизация прервана (state = failed)' }),
  results: z
    .array(
      z.strictObject({
        id: z.string().meta({ description: 'Код организации' }),
        status: z
          .enum(['ok', 'unchanged', 'error'])
          .meta({ description: 'ok — отчёт прочитан, unchanged — таблица не менялась, error — см. error' }),
        error: z.string().optional(),
      }),
    )
    .meta({ description: 'Итог по каждой уже обработанной организации' }),
});

const statusUrl = (id: string) => `/api/v1/sync/${encodeURIComponent(id)}`;

function view(run: SyncRunStatus): z.output<typeof syncRunSchema> {
  return {
    id: run.id,
    statusUrl: statusUrl(run.id),
    state: run.state,
    trigger: run.trigger,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    total: run.total,
    done: run.done,
    estimatedSecondsLeft: run.estimatedSecondsLeft,
    nextScheduledAt: run.nextScheduledAt,
    error: run.error,
    results: run.results,
  };
}

export function syncRoutes(deps: RouteDeps): Hono {
  // Without Google configured the pull still runs: each Google-sourced school then says what to set.
  let fallback: SyncRunner | undefined;
  const runner = () =>
    deps.sync ?? (fallback ??= createSyncService({ store: deps.store, now: deps.now, log: () => undefined }));
  const answer = (c: Context, run: SyncRunStatus | undefined, missing: string) => {
    if (!run) throw notFound(missing);
    c.header('Cache-Control', 'no-store');
    return c.json(view(run));
  };

  const routes = new Hono()
    .post('/api/v1/sync', async (c) => {
      // The dashboard's button sends the admin's session cookie (accepted from the same Origin only).
      await authorizeAdmin(c, deps);
      const run = await runner().begin('manual');
      if (!run)
        throw conflict(
          'Синхронизацию только что начал другой экземпляр сервиса: повторите запрос через несколько секунд',
        );
      c.header('Location', statusUrl(run.id));
      c.header('Cache-Control', 'no-store');
      return c.json(view(run), 202);
    })
    .get('/api/v1/sync/latest', async (c) => {
      await authorize(c, deps, ['admin', 'viewer', 'methodologist'], { cookie: true });
      return answer(c, await runner().latest(), 'Синхронизаций ещё не было: запустите её запросом POST /api/v1/sync');
    })
    .get('/api/v1/sync/:id', async (c) => {
      await authorize(c, deps, ['admin', 'viewer', 'methodologist'], { cookie: true });
      const id = c.req.param('id');
      return answer(c, await runner().get(id), `Синхронизации «${id}» нет: хранятся последние 50`);
    });
  return routes;
}
