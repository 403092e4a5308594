// POST /api/v1/sync (admin): starts a pull of every school with a Google source in the background
// and answers 202 at once; GET /api/v1/sync/{id} and /api/v1/sync/latest show how it goes.
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod';
import { authorize } from '../auth/principal';
import { conflict, notFound } from '../http/errors';
import { documented, type Operation } from '../http/openapi';
import { errorBodySchema } from '../http/openapi-document';
import { createSyncService, type SyncService, type SyncRunStatus } from '../sync/service';
import type { RouteDeps } from './deps';

export type { SchoolSyncResult } from '../sync/pull';

/** What the routes need of the sync service (sync/service.ts); the Node entry passes the configured one. */
export type SyncRunner = Pick<SyncService, 'begin' | 'get' | 'latest'>;

export const syncRunSchema = z.strictObject({
  id: z.string(),
  statusUrl: z.string().meta({ description: 'Адрес, где смотреть ход синхронизации' }),
  state: z.enum(['running', 'done', 'failed']).meta({ description: 'running — идёт, done — закончена (ошибки отдельных организаций — в results), failed — прервана' }),
  trigger: z.enum(['manual', 'schedule']).meta({ description: 'manual — запущена запросом, schedule — по расписанию' }),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  total: z.number().int().min(0).meta({ description: 'Организаций с таблицей Google в этой синхронизации' }),
  done: z.number().int().min(0).meta({ description: 'Из них уже обработано' }),
  estimatedSecondsLeft: z
    .number()
    .int()
    .min(0)
    .nullable()
    .meta({ description: 'Пока идёт: оценка оставшегося времени, если каждая оставшаяся таблица потребует одного чтения в пределах квоты Google (неизменённые читать не нужно — выйдет быстрее)' }),
  nextScheduledAt: z.iso.datetime().nullable().meta({ description: 'Когда этот экземпляр сервиса начнёт следующую синхронизацию по расписанию' }),
  error: z.string().nullable().meta({ description: 'Почему синхронизация прервана (state = failed)' }),
  results: z
    .array(
      z.strictObject({
        id: z.string().meta({ description: 'Код организации' }),
        status: z.enum(['ok', 'unchanged', 'error']).meta({ description: 'ok — отчёт прочитан, unchanged — таблица не менялась, error — см. error' }),
        error: z.string().optional(),
      }),
    )
    .meta({ description: 'Итог по каждой уже обработанной организации' }),
});

const TAG = 'Синхронизация с Google';
const OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/sync',
    tag: TAG,
    summary: 'Запустить синхронизацию с таблицами Google (в фоне)',
    description:
      'Отвечает сразу, не дожидаясь конца. Одновременно идёт только одна синхронизация (и между экземплярами сервиса): пока она идёт, запрос возвращает её же.',
    access: ['admin'],
    responses: {
      202: { description: 'Синхронизация запущена (или уже шла): её состояние', json: syncRunSchema, headers: { Location: 'statusUrl' } },
      409: { description: 'Синхронизацию только что начал другой экземпляр сервиса: повторите запрос через несколько секунд', json: errorBodySchema },
    },
  },
  {
    method: 'get',
    path: '/api/v1/sync/latest',
    tag: TAG,
    summary: 'Последняя синхронизация',
    access: ['admin', 'viewer'],
    cookie: true,
    responses: {
      200: { description: 'Состояние последней начатой синхронизации', json: syncRunSchema },
      404: { description: 'Синхронизаций ещё не было', json: errorBodySchema },
    },
  },
  {
    method: 'get',
    path: '/api/v1/sync/{id}',
    tag: TAG,
    summary: 'Состояние синхронизации',
    access: ['admin', 'viewer'],
    cookie: true,
    params: z.object({ id: z.string() }),
    responses: {
      200: { description: 'Состояние синхронизации', json: syncRunSchema },
      404: { description: 'Такой синхронизации нет (хранятся последние 50)', json: errorBodySchema },
    },
  },
];

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
  const runner = () => deps.sync ?? (fallback ??= createSyncService({ store: deps.store, now: deps.now, log: () => undefined }));
  const answer = (c: Context, run: SyncRunStatus | undefined, missing: string) => {
    if (!run) throw notFound(missing);
    c.header('Cache-Control', 'no-store');
    return c.json(view(run));
  };

  const routes = new Hono()
    .post('/api/v1/sync', async (c) => {
      await authorize(c, deps, ['admin']);
      const run = await runner().begin('manual');
      if (!run) throw conflict('Синхронизацию только что начал другой экземпляр сервиса: повторите запрос через несколько секунд');
      c.header('Location', statusUrl(run.id));
      c.header('Cache-Control', 'no-store');
      return c.json(view(run), 202);
    })
    .get('/api/v1/sync/latest', async (c) => {
      await authorize(c, deps, ['admin', 'viewer'], { cookie: true });
      return answer(c, await runner().latest(), 'Синхронизаций ещё не было: запустите её запросом POST /api/v1/sync');
    })
    .get('/api/v1/sync/:id', async (c) => {
      await authorize(c, deps, ['admin', 'viewer'], { cookie: true });
      const id = c.req.param('id');
      return answer(c, await runner().get(id), `Синхронизации «${id}» нет: хранятся последние 50`);
    });
  return documented(routes, OPERATIONS);
}
