// OpenAPI operations of POST /api/v1/reports, GET /api/v1/schools/{id}/reports.
import * as z from 'zod';
import { schoolReportSchema } from '../../../../shared/report';
import { periodSchema } from '../../routes/reports';
import { errorBodySchema } from '../document';
import type { Operation } from '../operation';

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

export const reportOperations: Operation[] = [
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
