// The bank of practices: a school submits or revises its card (POST /api/v1/practices) and reads the
// region's decisions (GET /api/v1/practices?school=…); the administrator or a methodologist reviews.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { parsePracticeCard } from '../../../shared/practice';
import { actorOf } from '../auth/admin';
import { authorize, type Principal } from '../auth/principal';
import { readJson } from '../http/body';
import { forbidden, invalidBody, notFound } from '../http/errors';
import { CROSS_SITE_MESSAGE, sameOrigin } from '../http/same-origin';
import { validate } from '../http/validate';
import type { PracticeState } from '../store/practices';
import type { RouteDeps } from './deps';
import { practiceIdParams, practiceListQuery, reviewBody } from './schemas/practices';
import { normaliseSchoolId } from './schools';

const REVIEWERS = ['admin', 'methodologist'] as const;
const DECISION_NAMES = { accept: 'принята', return: 'возвращена на доработку', decline: 'отклонена' } as const;

/** What the school and the region see of a card in a list: no contacts at all. */
export function listItem(p: PracticeState) {
  return {
    practiceId: p.practiceId,
    revision: p.revision,
    title: p.title,
    status: p.status,
    ...(p.level ? { level: p.level } : {}),
    ...(p.comment ? { comment: p.comment } : {}),
    ...(p.reviewedAt ? { reviewedAt: p.reviewedAt } : {}),
    updatedAt: p.updatedAt,
    authors: p.card.authors.map((a) => ({ ...(a.mentorId ? { mentorId: a.mentorId } : {}), fullName: a.fullName })),
    schoolId: p.schoolId,
    organizationName: p.organizationName,
    municipality: p.municipality,
  };
}

/** A change by the administrator or a methodologist; from the dashboard (cookie) only from its own origin. */
export async function authorizeReviewer(
  c: Context,
  deps: RouteDeps,
): Promise<Extract<Principal, { role: 'admin' | 'methodologist' }>> {
  const reviewer = await authorize(c, deps, REVIEWERS, { cookie: true });
  if (c.req.header('authorization') === undefined && !sameOrigin(c)) throw forbidden(CROSS_SITE_MESSAGE);
  return reviewer;
}

export function practiceRoutes(deps: RouteDeps): Hono {
  return new Hono()
    .post('/api/v1/practices', async (c) => {
      const { schoolId } = await authorize(c, deps, ['school']);
      const parsed = parsePracticeCard(await readJson(c));
      if (!parsed.ok)
        throw invalidBody(parsed.issues, 'Карточка практики не прошла проверку: исправьте перечисленные поля');
      const card = { ...parsed.card, schoolId: normaliseSchoolId(parsed.card.schoolId) };
      if (card.schoolId !== schoolId) {
        throw forbidden(
          `Токен выдан организации «${schoolId}», а карточка — организации «${card.schoolId}»: отправьте её собственным токеном`,
        );
      }
      const result = await deps.store.practices.submit(card, deps.now());
      if (result.outcome === 'foreign') {
        throw forbidden(
          `Код практики «${card.practiceId}» уже занят карточкой другой организации: выберите другой код`,
        );
      }
      return c.json(
        { practiceId: card.practiceId, revision: result.revision, status: result.status },
        result.outcome === 'created' ? 201 : 200,
      );
    })
    .get('/api/v1/practices', async (c) => {
      const principal = await authorize(c, deps, ['school', ...REVIEWERS], { cookie: true });
      const query = validate(practiceListQuery, c.req.query());
      const school = query.school === undefined ? undefined : normaliseSchoolId(query.school);
      c.header('Cache-Control', 'no-store');
      if (principal.role === 'school') {
        if (school === undefined)
          throw invalidBody([{ path: 'school', message: 'Укажите код своей организации: ?school=<код>' }]);
        if (school !== principal.schoolId)
          throw forbidden(`Токен организации «${principal.schoolId}» показывает только её практики`);
        const own = await deps.store.practices.ofSchool(school);
        return c.json({ practices: own.filter((p) => !query.status || p.status === query.status).map(listItem) });
      }
      const all =
        school === undefined
          ? await deps.store.practices.forReview(query.status)
          : await deps.store.practices.ofSchool(school);
      return c.json({ practices: all.filter((p) => !query.status || p.status === query.status).map(listItem) });
    })
    .get('/api/v1/practices/:id', async (c) => {
      const principal = await authorize(c, deps, ['school', ...REVIEWERS], { cookie: true });
      const { id } = validate(practiceIdParams, c.req.param());
      const practice = await deps.store.practices.get(id);
      // Another school's card is answered as missing: its existence is not the caller's business.
      if (!practice || (principal.role === 'school' && practice.schoolId !== principal.schoolId))
        throw notFound(`Практики «${id}» нет`);
      c.header('Cache-Control', 'no-store');
      return c.json({
        ...listItem(practice),
        revisions: await deps.store.practices.revisionCount(id),
        card: practice.card,
      });
    })
    .post('/api/v1/practices/:id/review', async (c) => {
      const reviewer = await authorizeReviewer(c, deps);
      const { id } = validate(practiceIdParams, c.req.param());
      const body = validate(reviewBody, await readJson(c));
      const now = deps.now();
      const actor = actorOf(reviewer);
      const reviewed = await deps.store.practices.review(id, body, actor, now);
      if (!reviewed) throw notFound(`Практики «${id}» нет`);
      await deps.store.audit.add(
        {
          actor,
          action: `practice.${body.decision}`,
          target: id,
          details: {
            schoolId: reviewed.schoolId,
            revision: reviewed.revision,
            level: body.level ?? null,
            comment: body.comment ?? null,
          },
        },
        now,
      );
      return c.json({
        ...listItem(reviewed),
        message: `Практика «${reviewed.title}» ${DECISION_NAMES[body.decision]}`,
      });
    });
}
