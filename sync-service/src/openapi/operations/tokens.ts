// OpenAPI operations of POST /api/v1/tokens.
import * as z from 'zod';
import { tokenRequestSchema } from '../../routes/tokens';
import { errorBodySchema } from '../document';
import type { Operation } from '../operation';

export const tokenOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/tokens',
    tag: 'Токены',
    summary: 'Выдать токен наблюдателя или новый токен организации',
    description: 'Прежний токен организации остаётся действительным.',
    access: ['admin'],
    body: tokenRequestSchema,
    responses: {
      201: {
        description: 'Токен выдан; показан один раз',
        json: z.union([z.strictObject({ token: z.string(), role: z.literal('viewer') }), z.strictObject({ token: z.string(), role: z.literal('school'), schoolId: z.string() })]),
      },
      404: { description: 'Организация не зарегистрирована', json: errorBodySchema },
    },
  },
];
