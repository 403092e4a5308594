// POST /api/v1/schools (admin): registers a school and returns its token once.
import { Hono } from 'hono';
import * as z from 'zod';
import { authorize } from '../auth/principal';
import { generateToken, hashToken } from '../auth/token';
import { readJson } from '../http/body';
import { conflict } from '../http/errors';
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

export const newSchoolSchema = z.strictObject({
  id: schoolIdSchema,
  name: z.string().trim().min(1).max(500),
  municipality: z.string().trim().min(1).max(200),
  kind: z.enum(['school', 'college', 'additional']),
  source: sourceSchema.optional(),
});

export function schoolRoutes(deps: RouteDeps): Hono {
  return new Hono().post('/api/v1/schools', async (c) => {
    await authorize(c, deps, ['admin']);
    const body = validate(newSchoolSchema, await readJson(c));
    const token = generateToken();
    const created = await deps.store.schools.create({ ...body, source: body.source ?? { type: 'push' } }, hashToken(token), deps.now());
    if (!created) throw conflict(`Организация с кодом «${body.id}» уже зарегистрирована`);
    return c.json({ id: body.id, token }, 201);
  });
}
