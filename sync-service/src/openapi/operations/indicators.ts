// OpenAPI operations of GET /api/v1/indicators, .csv, .xlsx.
import * as z from 'zod';
import { INDICATOR_KEYS } from '../../../../shared/indicators';
import { levelSchema } from '../../routes/indicators';
import { periodSchema } from '../../routes/reports';
import type { Operation } from '../operation';

const indicatorValue = z.strictObject({
  numerator: z.number(),
  denominator: z.number().nullable(),
  percent: z.number().nullable().meta({ description: 'Процент, до десятых; null без знаменателя' }),
  target: z.number().nullable().meta({ description: 'Цель на год, %' }),
});
const indicatorSet = z.strictObject(Object.fromEntries(INDICATOR_KEYS.map((k) => [k, indicatorValue])));
const syncStatus = {
  source: z.enum(['push', 'google']),
  lastSyncAt: z.iso.datetime().nullable().meta({ description: 'Последнее успешное чтение таблицы Google' }),
  lastSyncError: z
    .string()
    .nullable()
    .meta({ description: 'Ошибка последнего чтения, если оно не удалось после успеха' }),
  lastSyncErrorAt: z.iso.datetime().nullable(),
};
const groupRow = {
  name: z.string(),
  schoolsRegistered: z.number().int(),
  schoolsReporting: z.number().int(),
  indicators: indicatorSet,
};

export const indicatorsResponseSchema = z.strictObject({
  period: z.string(),
  demo: z.boolean().meta({ description: 'true — демонстрационные данные (npm run demo)' }),
  periods: z.array(z.string()).meta({ description: 'Годы, за которые есть отчёты, новые первыми' }),
  region: z.strictObject(groupRow),
  municipalities: z.array(z.strictObject(groupRow)),
  schools: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      municipality: z.string(),
      kind: z.enum(['school', 'college', 'additional']),
      reportedAt: z.string(),
      indicators: indicatorSet,
      ...syncStatus,
    }),
  ),
  missing: z
    .array(z.strictObject({ id: z.string(), name: z.string(), municipality: z.string(), ...syncStatus }))
    .meta({ description: 'Зарегистрированные организации без отчёта за год' }),
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const periodQuery = periodSchema
  .optional()
  .meta({ description: 'Год; без него — последний год, за который есть отчёты (иначе текущий)' });
export const indicatorOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/indicators',
    tag: 'Показатели',
    summary: 'Показатели региона, муниципалитетов и организаций за год',
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    query: z.object({ period: periodQuery }),
    responses: { 200: { description: 'Сводные таблицы', json: indicatorsResponseSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/indicators.csv',
    tag: 'Показатели',
    summary: 'Показатели одной таблицей CSV (UTF-8)',
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    query: z.object({
      period: periodQuery,
      level: levelSchema.meta({
        description: 'school — по организациям (по умолчанию), municipality — по муниципалитетам, region — по региону',
      }),
    }),
    responses: {
      200: {
        description: 'Файл CSV',
        media: { 'text/csv': undefined },
        headers: { 'Content-Disposition': 'Имя файла' },
      },
    },
  },
  {
    method: 'get',
    path: '/api/v1/indicators.xlsx',
    tag: 'Показатели',
    summary: 'Показатели книгой Excel: листы по организациям, муниципалитетам и региону',
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    query: z.object({ period: periodQuery }),
    responses: {
      200: {
        description: 'Файл .xlsx',
        media: { [XLSX]: z.string().meta({ contentMediaType: XLSX }) },
        headers: { 'Content-Disposition': 'Имя файла' },
      },
    },
  },
];
