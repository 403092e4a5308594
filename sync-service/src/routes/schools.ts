// POST /api/v1/schools (admin): registers a school and returns its token once.
import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf, authorizeAdmin } from '../auth/admin';
import { generateToken, hashToken } from '../auth/token';
import { readJson } from '../http/body';
import { conflict } from '../http/errors';
import { validate } from '../http/validate';
import { newTokenId } from '../store/tokens';
import type { RouteDeps } from './deps';

/** One spelling per code: full-width «Ａ» and Latin «A» are the same school (Unicode NFKC). */
export const normaliseSchoolId = (id: string) => id.normalize('NFKC');

export const schoolIdSchema = z
  .string()
  .trim()
  .transform(normaliseSchoolId)
  .pipe(
    z
      .string()
      .min(1)
      .max(64)
      .regex(/^[\p{L}\p{N}._-]+$/u, {
        error: 'Код организации: буквы, цифры, точка, дефис и подчёркивание, без пробелов и «/»',
      })
      .refine((id) => !/^\.+$/.test(id), {
        error: 'Код организации не может состоять из одних точек: адреса «.» и «..» не открыть',
      }),
  );

export const sourceSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('push') }),
    z.strictObject({
      type: z.literal('google'),
      spreadsheetId: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{10,200}$/, {
          error: 'Идентификатор таблицы Google — часть её адреса между /d/ и /edit',
        }),
    }),
  ],
  {
    error: 'Источник отчёта: «push» (организация отправляет отчёт сама) или «google» (сервис читает её таблицу отчёта)',
  },
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
    const admin = await authorizeAdmin(c, deps);
    const body = validate(newSchoolSchema, await readJson(c));
    const token = generateToken();
    const tokenId = newTokenId();
    const now = deps.now();
    const school = { ...body, source: body.source ?? { type: 'push' as const } };
    const created = await deps.store.schools.create(school, hashToken(token), now, tokenId);
    if (!created) throw conflict(`Организация с кодом «${body.id}» уже зарегистрирована`);
    await deps.store.audit.add(
      { actor: actorOf(admin), action: 'school.create', target: body.id, details: { ...school, tokenId } },
      now,
    );
    return c.json({ id: body.id, token, tokenId }, 201);
  });
}
