// /api/v1/tokens (admin): issue a viewer or school token with a label, list them, revoke one.
import { Hono } from 'hono';
import { actorOf, authorizeAdmin } from '../auth/admin';
import { generateToken, hashToken } from '../auth/token';
import { readJson } from '../http/body';
import { notFound } from '../http/errors';
import { validate } from '../http/validate';
import { issueTokenBody, tokenIdParams, tokenListQuery, type issuedTokenResponse } from './schemas/tokens';
import type { RouteDeps } from './deps';
import type * as z from 'zod';

export const VIEWER_LABEL = 'Наблюдатель';
export const METHODOLOGIST_LABEL = 'Методист';
/** The default label of a school's token: its name and code, as in the organisations table. */
export const schoolTokenLabel = (school: { id: string; name: string }) => `${school.name} (${school.id})`;

export function tokenRoutes(deps: RouteDeps): Hono {
  return new Hono()
    .post('/api/v1/tokens', async (c) => {
      const admin = await authorizeAdmin(c, deps);
      const body = validate(issueTokenBody, await readJson(c));
      const schoolId = body.role === 'school' ? body.schoolId : null;
      const school = schoolId === null ? null : await deps.store.schools.get(schoolId);
      if (schoolId !== null && !school) throw notFound(`Организация «${schoolId}» не зарегистрирована`);
      const label =
        body.label ??
        (school ? schoolTokenLabel(school) : body.role === 'methodologist' ? METHODOLOGIST_LABEL : VIEWER_LABEL);
      const now = deps.now();
      const previous =
        body.role === 'school' && body.reissue ? await deps.store.tokenAdmin.liveOfSchool(body.schoolId) : [];
      const token = generateToken();
      const id = await deps.store.tokens.add(hashToken(token), { role: body.role, schoolId }, now, label);
      const revoked = await deps.store.tokenAdmin.revoke(previous, now);
      await deps.store.audit.add(
        {
          actor: actorOf(admin),
          action: revoked.length ? 'token.reissue' : 'token.issue',
          target: id,
          details: { role: body.role, label, schoolId, revoked },
        },
        now,
      );
      const answer: z.input<typeof issuedTokenResponse> = { id, token, role: body.role, label };
      if (schoolId !== null) Object.assign(answer, { schoolId, revoked });
      return c.json(answer, 201);
    })
    .get('/api/v1/tokens', async (c) => {
      await authorizeAdmin(c, deps);
      const query = validate(tokenListQuery, c.req.query());
      c.header('Cache-Control', 'no-store');
      return c.json({ tokens: await deps.store.tokenAdmin.list({ revoked: query.revoked === 'true' }) });
    })
    .delete('/api/v1/tokens/:id', async (c) => {
      const admin = await authorizeAdmin(c, deps);
      const { id } = validate(tokenIdParams, c.req.param());
      const token = await deps.store.tokenAdmin.get(id);
      if (!token || token.revokedAt) throw notFound(`Токен «${id}» не найден или уже отозван`);
      const now = deps.now();
      await deps.store.tokenAdmin.revoke([id], now);
      await deps.store.audit.add(
        {
          actor: actorOf(admin),
          action: 'token.revoke',
          target: id,
          details: { role: token.role, label: token.label, schoolId: token.schoolId },
        },
        now,
      );
      return c.json({ id, revokedAt: now.toISOString() });
    });
}
