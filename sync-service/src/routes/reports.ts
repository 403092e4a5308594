// POST /api/v1/reports (school): accepts a school report v1; GET …/schools/{id}/reports (admin): its revisions.
import { Hono } from 'hono';
import * as z from 'zod';
import { parseSchoolReport, schoolReportSchema } from '../../../shared/report';
import { authorize } from '../auth/principal';
import { readJson } from '../http/body';
import { forbidden, invalidBody, notFound } from '../http/errors';
import { documented, type Operation } from '../http/openapi';
import { errorBodySchema } from '../http/openapi-document';
import { validate } from '../http/validate';
import type { RouteDeps } from './deps';

export const periodSchema = z.string().regex(/^\d{4}$/, { error: 'Период — год из четырёх цифр, например 2024' });

const acceptedSchema = z.strictObject({
  schoolId: z.string(),
  period: z.string(),
  revision: z.number().int().min(1).meta({ description: '1, 2, … по организации и году, в порядке поступления' }),
  receivedAt: z.iso.datetime(),
});

const revisionsSchema = z.strictObject({
  id: z.string(),
  revisions: z
    .array(
      z.strictObject({
        schoolId: z.string(),
        period: z.string(),
        revision: z.number().int().min(1),
        receivedAt: z.iso.datetime(),
        origin: z.enum(['push', 'pull']).meta({ description: 'push — отправлен организацией, pull — прочитан из её таблицы Google' }),
        report: schoolReportSchema,
      }),
    )
    .meta({ description: 'Новые сверху' }),
});

const OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/reports',
    tag: 'Отчёты',
    summary: 'Отправить отчёт организации (формат «отчёт школы v1»)',
    description:
      'Формат описан в docs/school-report-v1.md. Поля, которых нет в формате, отбрасываются и не хранятся. Повтор того же отчёта новой ревизии не создаёт (ответ 200); изменённый отчёт — новая ревизия (201).',
    access: ['school'],
    body: schoolReportSchema,
    responses: {
      200: { description: 'Такой отчёт уже принят: новая ревизия не создана', json: acceptedSchema },
      201: { description: 'Отчёт принят: новая ревизия', json: acceptedSchema },
    },
  },
  {
    method: 'get',
    path: '/api/v1/schools/{id}/reports',
    tag: 'Отчёты',
    summary: 'Ревизии отчётов организации',
    access: ['admin'],
    params: z.object({ id: z.string().meta({ description: 'Код организации' }) }),
    query: z.object({ period: periodSchema.optional().meta({ description: 'Год; без него — все годы' }) }),
    responses: {
      200: { description: 'Ревизии, новые сверху', json: revisionsSchema },
      404: { description: 'Организация не зарегистрирована', json: errorBodySchema },
    },
  },
];

export function reportRoutes(deps: RouteDeps): Hono {
  return documented(new Hono()
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
    }), OPERATIONS);
}
