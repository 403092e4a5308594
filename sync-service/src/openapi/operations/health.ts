// OpenAPI operations of GET /healthz.
import * as z from 'zod';
import type { Operation } from '../operation';

export const healthOperations: Operation[] = [
  {
    method: 'get',
    path: '/healthz',
    tag: 'Служебное',
    summary: 'Проверка, что сервис работает',
    access: 'public',
    responses: { 200: { description: 'Сервис работает', json: z.strictObject({ status: z.literal('ok') }) } },
  },
];
