// OpenAPI operations of POST /api/v1/schools.
import * as z from 'zod';
import { newSchoolSchema } from '../../routes/schools';
import { errorBodySchema } from '../document';
import type { Operation } from '../operation';

export const schoolOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/schools',
    tag: 'Организации',
    summary: 'Зарегистрировать организацию и выдать ей токен',
    description:
      'kind: school — школа, college — колледж (СПО), additional — дополнительное образование. source: push (организация отправляет отчёт сама, по умолчанию) или google (сервис читает её таблицу отчёта).',
    access: ['admin'],
    body: newSchoolSchema,
    responses: {
      201: {
        description: 'Организация зарегистрирована; токен показан один раз (в базе — только его хеш)',
        json: z.strictObject({
          id: z.string(),
          token: z.string(),
          tokenId: z.string().meta({ description: 'Идентификатор токена (для отзыва)' }),
        }),
      },
      409: { description: 'Код уже занят; первая регистрация не меняется', json: errorBodySchema },
    },
  },
];
