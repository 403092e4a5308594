// POST /api/v1/tokens (admin): a new viewer token, or a replacement token for a school.
import { Hono } from 'hono';
import * as z from 'zod';
import { authorize } from '../auth/principal';
import { generateToken, hashToken } from '../auth/token';
import { readJson } from '../http/body';
import { notFound } from '../http/errors';
import { documented, type Operation } from '../http/openapi';
import { errorBodySchema } from '../http/openapi-document';
import { validate } from '../http/validate';
import { schoolIdSchema } from './schools';
import type { RouteDeps } from './deps';

const tokenRequestSchema = z.discriminatedUnion(
  'role',
  [z.strictObject({ role: z.literal('viewer') }), z.strictObject({ role: z.literal('school'), schoolId: schoolIdSchema })],
  { error: 'role: «viewer» (наблюдатель) или «school» со schoolId (новый токен организации)' },
);

const OPERATIONS: Operation[] = [
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

export function tokenRoutes(deps: RouteDeps): Hono {
  return documented(new Hono().post('/api/v1/tokens', async (c) => {
    await authorize(c, deps, ['admin']);
    const body = validate(tokenRequestSchema, await readJson(c));
    const schoolId = body.role === 'school' ? body.schoolId : null;
    if (schoolId !== null && !(await deps.store.schools.get(schoolId))) throw notFound(`Организация «${schoolId}» не зарегистрирована`);
    const token = generateToken();
    await deps.store.tokens.add(hashToken(token), { role: body.role, schoolId }, deps.now());
    return c.json(schoolId === null ? { token, role: body.role } : { token, role: body.role, schoolId }, 201);
  }), OPERATIONS);
}
