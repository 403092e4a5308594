// OpenAPI operations of GET /livez and GET /healthz.
import * as z from 'zod';
import type { Operation } from '../operation';

export const healthOperations: Operation[] = [
  {
    method: 'get',
    path: '/livez',
    tag: 'Служебное',
    summary: 'Процесс сервиса отвечает',
    access: 'public',
    responses: { 200: { description: 'Процесс жив', json: z.strictObject({ status: z.literal('ok') }) } },
  },
  {
    method: 'get',
    path: '/healthz',
    tag: 'Служебное',
    summary: 'Сервис работает: хранилище отвечает и принимает запись',
    access: 'public',
    responses: {
      200: {
        description: 'Сервис работает',
        json: z.strictObject({ status: z.literal('ok'), store: z.literal('ok') }),
      },
      503: {
        description: 'Хранилище недоступно, повреждено или диск полон',
        json: z.strictObject({
          status: z.literal('unavailable'),
          store: z.literal('unavailable'),
          reason: z.string().meta({ description: 'Причина по-русски' }),
        }),
        headers: { 'Retry-After': 'Через сколько секунд повторить' },
      },
    },
  },
];
