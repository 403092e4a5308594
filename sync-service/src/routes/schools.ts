// POST /api/v1/schools (admin): registers a school and returns its token once.
import { Hono } from 'hono';
import * as z from 'zod';
import { authorize } from '../auth/principal';
import { generateToken, hashToken } from '../auth/token';
import { readJson } from '../http/body';
import { conflict } from '../http/errors';
import { documented, type Operation } from '../http/openapi';
import { errorBodySchema } from '../http/openapi-document';
import { validate } from '../http/validate';
import type { RouteDeps } from './deps';

export const schoolIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, { error: 'Код организации: буквы, цифры, точка, дефис и подчёркивание, без пробелов и «/»' });

const sourceSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('push') }),
    z.strictObject({
      type: z.literal('google'),
      spreadsheetId: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{10,200}$/, { error: 'Идентификатор таблицы Google — часть её адреса между /d/ и /edit' }),
    }),
  ],
  { error: 'Источник отчёта: «push» (организация отправляет отчёт сама) или «google» (сервис читает её таблицу отчёта)' },
);

const newSchoolSchema = z.strictObject({
  id: schoolIdSchema,
  name: z.string().trim().min(1).max(500),
  municipality: z.string().trim().min(1).max(200),
  kind: z.enum(['school', 'college', 'additional']),
  source: sourceSchema.optional(),
});

const OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/schools',
    tag: 'Организации',
    summary: 'Зарегистрировать организацию и выдать ей токен',
    description: 'kind: school — школа, college — колледж (СПО), additional — дополнительное образование. source: push (организация отправляет отчёт сама, по умолчанию) или google (сервис читает её таблицу отчёта).',
    access: ['admin'],
    body: newSchoolSchema,
    responses: {
      201: {
        description: 'Организация зарегистрирована; токен показан один раз (в базе — только его хеш)',
        json: z.strictObject({ id: z.string(), token: z.string() }),
      },
      409: { description: 'Код уже занят; первая регистрация не меняется', json: errorBodySchema },
    },
  },
];

export function schoolRoutes(deps: RouteDeps): Hono {
  return documented(new Hono().post('/api/v1/schools', async (c) => {
    await authorize(c, deps, ['admin']);
    const body = validate(newSchoolSchema, await readJson(c));
    const token = generateToken();
    const created = await deps.store.schools.create({ ...body, source: body.source ?? { type: 'push' } }, hashToken(token), deps.now());
    if (!created) throw conflict(`Организация с кодом «${body.id}» уже зарегистрирована`);
    return c.json({ id: body.id, token }, 201);
  }), OPERATIONS);
}
