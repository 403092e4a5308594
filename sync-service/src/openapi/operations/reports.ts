// OpenAPI operations of POST /api/v1/reports, GET /api/v1/schools/{id}/reports.
import * as z from 'zod';
import { schoolReportSchema } from '../../../../shared/report';
import { pageSchema, periodSchema } from '../../routes/reports';
import { errorBodySchema } from '../document';
import type { Operation } from '../operation';

const acceptedSchema = z.strictObject({
  schoolId: z.string(),
  period: z.string(),
  revision: z.number().int().min(1).meta({ description: '1, 2, … по организации и году, в порядке поступления' }),
  receivedAt: z.iso.datetime(),
  unchanged: z.boolean().meta({ description: 'true — отчёт совпал с текущей ревизией, новая не создана' }),
  message: z.string().optional(),
});

const revisionsSchema = z.strictObject({
  id: z.string(),
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1),
  next: z.string().nullable().meta({ description: 'Адрес следующей страницы или null' }),
  revisions: z
    .array(
      z.strictObject({
        schoolId: z.string(),
        period: z.string(),
        revision: z.number().int().min(1),
        receivedAt: z.iso.datetime(),
        origin: z
          .enum(['push', 'pull'])
          .meta({ description: 'push — отправлен организацией, pull — прочитан из её таблицы Google' }),
        withdrawnAt: z.iso
          .datetime()
          .nullable()
          .meta({ description: 'Когда ревизия отозвана (она хранится, но не входит в показатели)' }),
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
      'Формат описан в docs/school-report-v1.md. Поля, которых нет в формате, отбрасываются и не хранятся. Повтор того же отчёта новой ревизии не создаёт (200, unchanged: true); изменённый отчёт — новая ревизия (200).',
    access: ['school'],
    body: schoolReportSchema,
    responses: {
      200: {
        description:
          'Отчёт за этот год уже был: принят как новая ревизия или, с unchanged: true, совпал с текущей (ревизия не создана)',
        json: acceptedSchema,
      },
      201: { description: 'Первый отчёт организации за этот год', json: acceptedSchema },
    },
  },
  {
    method: 'get',
    path: '/api/v1/schools/{id}/reports',
    tag: 'Отчёты',
    summary: 'Ревизии отчётов организации',
    access: ['admin'],
    params: z.object({ id: z.string().meta({ description: 'Код организации' }) }),
    query: pageSchema,
    responses: {
      200: { description: 'Ревизии, новые сверху', json: revisionsSchema },
      404: { description: 'Организация не зарегистрирована', json: errorBodySchema },
    },
  },
  {
    method: 'post',
    path: '/api/v1/schools/{id}/reports/{period}/{revision}/withdraw',
    tag: 'Отчёты',
    summary: 'Отозвать ревизию отчёта',
    description:
      'Ревизия хранится и видна в списке с withdrawnAt, но в показатели не входит; текущей становится предыдущая неотозванная.',
    access: ['admin'],
    params: z.object({
      id: z.string(),
      period: periodSchema,
      revision: z.string().meta({ description: 'Номер ревизии' }),
    }),
    responses: {
      200: {
        description: 'Ревизия отозвана',
        json: z.strictObject({
          schoolId: z.string(),
          period: z.string(),
          revision: z.number().int().min(1),
          withdrawn: z.literal(true),
          message: z.string(),
        }),
      },
      404: { description: 'Нет такой организации или ревизии', json: errorBodySchema },
    },
  },
];
