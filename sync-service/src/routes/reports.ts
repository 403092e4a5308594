// POST /api/v1/reports (school): accepts a school report v1; GET …/schools/{id}/reports (admin): its revisions.
import { Hono } from 'hono';
import * as z from 'zod';
import { parseSchoolReport } from '../../../shared/report';
import { authorize } from '../auth/principal';
import { readJson } from '../http/body';
import { forbidden, invalidBody, notFound } from '../http/errors';
import { validate } from '../http/validate';
import type { RouteDeps } from './deps';

export const periodSchema = z.string().regex(/^\d{4}$/, { error: 'Период — год из четырёх цифр, например 2024' });

export function reportRoutes(deps: RouteDeps): Hono {
  return new Hono()
    .post('/api/v1/reports', async (c) => {
      const { schoolId } = await authorize(c, deps, ['school']);
      const parsed = parseSchoolReport(await readJson(c));
      if (!parsed.ok) throw invalidBody(parsed.issues, 'Отчёт не прошёл проверку: исправьте перечисленные поля');
      const { report } = parsed;
      if (report.school.id !== schoolId) {
        throw forbidden(`Токен выдан организации «${schoolId}», а отчёт — организации «${report.school.id}»: отправьте отчёт её собственным токеном`);
      }
      const receivedAt = deps.now();
      const { revision, created } = await deps.store.reports.add(schoolId, report, 'push', receivedAt);
      if (deps.onReportAccepted) {
        // The regional spreadsheet refresh must not delay or fail the school's push.
        Promise.resolve()
          .then(() => deps.onReportAccepted?.({ schoolId, period: report.period, revision }))
          .catch((error: unknown) => deps.logError('Обработчик принятого отчёта завершился ошибкой', error));
      }
      return c.json({ schoolId, period: report.period, revision, receivedAt: receivedAt.toISOString() }, created ? 201 : 200);
    })
    .get('/api/v1/schools/:id/reports', async (c) => {
      await authorize(c, deps, ['admin']);
      const id = c.req.param('id');
      const query = validate(z.object({ period: periodSchema.optional() }), c.req.query());
      if (!(await deps.store.schools.get(id))) throw notFound(`Организация «${id}» не зарегистрирована`);
      const revisions = await deps.store.reports.revisions(id, query.period);
      return c.json({ id, revisions });
    });
}
