// POST /api/v1/tokens (admin): a new viewer token, or a replacement token for a school.
import { Hono } from 'hono';
import * as z from 'zod';
import { authorize } from '../auth/principal';
import { generateToken, hashToken } from '../auth/token';
import { readJson } from '../http/body';
import { notFound } from '../http/errors';
import { validate } from '../http/validate';
import { schoolIdSchema } from './schools';
import type { RouteDeps } from './deps';

export const tokenRequestSchema = z.discriminatedUnion(
  'role',
  [z.strictObject({ role: z.literal('viewer') }), z.strictObject({ role: z.literal('school'), schoolId: schoolIdSchema })],
  { error: 'role: «viewer» (наблюдатель) или «school» со schoolId (новый токен организации)' },
);

export function tokenRoutes(deps: RouteDeps): Hono {
  return new Hono().post('/api/v1/tokens', async (c) => {
    await authorize(c, deps, ['admin']);
    const body = validate(tokenRequestSchema, await readJson(c));
    const schoolId = body.role === 'school' ? body.schoolId : null;
    if (schoolId !== null && !(await deps.store.schools.get(schoolId))) throw notFound(`Организация «${schoolId}» не зарегистрирована`);
    const token = generateToken();
    await deps.store.tokens.add(hashToken(token), { role: body.role, schoolId }, deps.now());
    return c.json(schoolId === null ? { token, role: body.role } : { token, role: body.role, schoolId }, 201);
  });
}
