import { Hono } from 'hono';
import * as z from 'zod';
import { documented, type Operation } from '../http/openapi';

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/healthz',
    tag: 'Служебное',
    summary: 'Проверка, что сервис работает',
    access: 'public',
    responses: { 200: { description: 'Сервис работает', json: z.strictObject({ status: z.literal('ok') }) } },
  },
];

export function healthRoutes(): Hono {
  return documented(new Hono().get('/healthz', (c) => c.json({ status: 'ok' })), OPERATIONS);
}
