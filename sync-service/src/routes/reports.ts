// POST /api/v1/reports (school): accepts a school report v1. Admin: GET …/schools/{id}/reports lists
// its revisions page by page; POST …/schools/{id}/reports/{period}/{revision}/withdraw withdraws one.
import { Hono } from 'hono';
import * as z from 'zod';
import { parseSchoolReport } from '../../../shared/report';
import { authorize } from '../auth/principal';
import { readJson } from '../http/body';
import { forbidden, invalidBody, notFound, tooManyRequests } from '../http/errors';
import { validate } from '../http/validate';
import type { RouteDeps } from './deps';
import { normaliseSchoolId } from './schools';

/** The first year of the national mentoring target model's reporting. */
export const FIRST_PERIOD = 2019;

/** A period is a plausible year: from 2019 to next year (a typo such as 9999 would become everyone's default). */
export function periodProblem(period: string, now: Date): string | null {
  const last = now.getUTCFullYear() + 1;
  if (!/^\d{4}$/.test(period)) return 'Период — год из четырёх цифр, например 2024';
  const year = Number(period);
  return year < FIRST_PERIOD || year > last ? `Период — год от ${FIRST_PERIOD} до ${last}, получено: ${period}` : null;
}

export const periodSchema = z.string().regex(/^\d{4}$/, { error: 'Период — год из четырёх цифр, например 2024' });

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 50;

export const pageSchema = z.object({
  period: periodSchema.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE, { error: `limit — не больше ${MAX_PAGE}` })
    .default(DEFAULT_PAGE),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const MB = 1024 * 1024;

function secondsToNextUtcDay(now: Date): number {
  return (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000;
}

export function reportRoutes(deps: RouteDeps): Hono {
  const registered = async (id: string) => {
    if (!(await deps.store.schools.get(id))) throw notFound(`Организация «${id}» не зарегистрирована`);
  };
  return new Hono()
    .post('/api/v1/reports', async (c) => {
      const { schoolId } = await authorize(c, deps, ['school']);
      const parsed = parseSchoolReport(await readJson(c));
      if (!parsed.ok) throw invalidBody(parsed.issues, 'Отчёт не прошёл проверку: исправьте перечисленные поля');
      const report = {
        ...parsed.report,
        school: { ...parsed.report.school, id: normaliseSchoolId(parsed.report.school.id) },
      };
      const receivedAt = deps.now();
      const period = periodProblem(report.period, receivedAt);
      if (period)
        throw invalidBody(
          [{ path: 'period', message: period }],
          'Отчёт не прошёл проверку: исправьте перечисленные поля',
        );
      if (report.school.id !== schoolId) {
        throw forbidden(
          `Токен выдан организации «${schoolId}», а отчёт — организации «${report.school.id}»: отправьте отчёт её собственным токеном`,
        );
      }
      const result = await deps.store.reports.add(schoolId, report, 'push', receivedAt, deps.limits);
      if (result.status === 'daily_cap') {
        throw tooManyRequests(
          'too_many_revisions',
          `Организация «${schoolId}» уже прислала ${result.limit} версий отчёта за сутки (предел REPORT_REVISIONS_PER_DAY): следующую можно отправить после полуночи по UTC`,
          secondsToNextUtcDay(receivedAt),
        );
      }
      if (result.status === 'quota') {
        throw tooManyRequests(
          'quota_exceeded',
          `Версии отчётов организации «${schoolId}» занимают ${(result.stored / MB).toFixed(1)} МБ из ${(result.limit / MB).toFixed(0)} МБ (SCHOOL_QUOTA_MB): новая версия не помещается, обратитесь к администратору региона`,
          24 * 3600,
        );
      }
      if (result.status === 'unchanged') {
        return c.json(
          {
            schoolId,
            period: report.period,
            revision: result.revision,
            receivedAt: result.receivedAt,
            unchanged: true,
            message: `Отчёт не изменился с версии ${result.revision}: новая версия не создана`,
          },
          200,
        );
      }
      const { revision, created } = result;
      if (deps.onReportAccepted) {
        // The regional spreadsheet refresh must not delay or fail the school's push.
        Promise.resolve()
          .then(() => deps.onReportAccepted?.({ schoolId, period: report.period, revision }))
          .catch((error: unknown) => deps.logError('Обработчик принятого отчёта завершился ошибкой', error));
      }
      return c.json(
        { schoolId, period: report.period, revision, receivedAt: receivedAt.toISOString(), unchanged: false },
        created ? 201 : 200,
      );
    })
    .get('/api/v1/schools/:id/reports', async (c) => {
      await authorize(c, deps, ['admin']);
      const id = normaliseSchoolId(c.req.param('id'));
      const query = validate(pageSchema, c.req.query());
      await registered(id);
      const [revisions, total] = await Promise.all([
        deps.store.reports.revisions(id, query.period, { limit: query.limit, offset: query.offset }),
        deps.store.reports.countRevisions(id, query.period),
      ]);
      const nextOffset = query.offset + revisions.length;
      let next: string | null = null;
      if (nextOffset < total) {
        const params = new URLSearchParams({
          ...(query.period ? { period: query.period } : {}),
          limit: String(query.limit),
          offset: String(nextOffset),
        });
        next = `/api/v1/schools/${encodeURIComponent(id)}/reports?${params.toString()}`;
      }
      return c.json({ id, total, offset: query.offset, limit: query.limit, next, revisions });
    })
    .post('/api/v1/schools/:id/reports/:period/:revision/withdraw', async (c) => {
      await authorize(c, deps, ['admin']);
      const id = normaliseSchoolId(c.req.param('id'));
      const { period, revision } = validate(
        z.object({ period: periodSchema, revision: z.coerce.number().int().min(1) }),
        {
          period: c.req.param('period'),
          revision: c.req.param('revision'),
        },
      );
      await registered(id);
      const at = deps.now();
      if (!(await deps.store.reports.withdraw(id, period, revision, at)))
        throw notFound(`У организации «${id}» нет версии ${revision} отчёта за ${period} год`);
      if (deps.onReportAccepted) {
        Promise.resolve()
          .then(() => deps.onReportAccepted?.({ schoolId: id, period, revision }))
          .catch((error: unknown) => deps.logError('Обновление после отзыва версии отчёта завершилось ошибкой', error));
      }
      return c.json({
        schoolId: id,
        period,
        revision,
        withdrawn: true,
        message: `Версия ${revision} отчёта за ${period} год отозвана: она хранится, но не входит в показатели`,
      });
    });
}
