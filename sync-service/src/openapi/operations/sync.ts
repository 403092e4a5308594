// OpenAPI operations of the background sync: POST /api/v1/sync, GET /api/v1/sync/latest and /{id}.
import * as z from 'zod';
import { syncRunSchema } from '../../routes/sync';
import { errorBodySchema } from '../document';
import type { Operation } from '../operation';

const TAG = 'Синхронизация с Google';
export const syncOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/sync',
    tag: TAG,
    summary: 'Запустить синхронизацию с таблицами Google (в фоне)',
    description:
      'Отвечает сразу, не дожидаясь конца. Одновременно идёт только одна синхронизация (и между экземплярами сервиса): пока она идёт, запрос возвращает её же.',
    access: ['admin'],
    cookie: true,
    responses: {
      202: {
        description: 'Синхронизация запущена (или уже шла): её состояние',
        json: syncRunSchema,
        headers: { Location: 'statusUrl' },
      },
      409: {
        description: 'Синхронизацию только что начал другой экземпляр сервиса: повторите запрос через несколько секунд',
        json: errorBodySchema,
      },
    },
  },
  {
    method: 'get',
    path: '/api/v1/sync/latest',
    tag: TAG,
    summary: 'Последняя синхронизация',
    access: ['admin', 'viewer', 'methodologist'],
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
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    params: z.object({ id: z.string() }),
    responses: {
      200: { description: 'Состояние синхронизации', json: syncRunSchema },
      404: { description: 'Такой синхронизации нет (хранятся последние 50)', json: errorBodySchema },
    },
  },
];
