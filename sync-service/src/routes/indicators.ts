// GET /api/v1/indicators[.csv|.xlsx] (admin, viewer; also with the dashboard session cookie).
import { Hono } from 'hono';
import * as z from 'zod';
import { authorize } from '../auth/principal';
import { toCsv } from '../export/csv';
import { wideTable, type Level } from '../export/wide-table';
import { toXlsx } from '../export/xlsx';
import { INDICATOR_KEYS } from '../../../shared/indicators';
import { documented, type Operation } from '../http/openapi';
import { validate } from '../http/validate';
import { defaultPeriod, loadIndicators } from '../indicators';
import { periodSchema } from './reports';
import type { RouteDeps } from './deps';

const LEVEL_FILE_NAMES: Record<Level, string> = { school: 'организации', municipality: 'муниципалитеты', region: 'регион' };

/** `attachment` with an ASCII fallback name and the Russian one (RFC 6266). */
function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const levelSchema = z.enum(['school', 'municipality', 'region'], { error: 'level: school, municipality или region' }).default('school');

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
  lastSyncError: z.string().nullable().meta({ description: 'Ошибка последнего чтения, если оно не удалось после успеха' }),
  lastSyncErrorAt: z.iso.datetime().nullable(),
};
const groupRow = { name: z.string(), schoolsRegistered: z.number().int(), schoolsReporting: z.number().int(), indicators: indicatorSet };

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
const periodQuery = periodSchema.optional().meta({ description: 'Год; без него — последний год, за который есть отчёты (иначе текущий)' });
const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/indicators',
    tag: 'Показатели',
    summary: 'Показатели региона, муниципалитетов и организаций за год',
    access: ['admin', 'viewer'],
    cookie: true,
    query: z.object({ period: periodQuery }),
    responses: { 200: { description: 'Сводные таблицы', json: indicatorsResponseSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/indicators.csv',
    tag: 'Показатели',
    summary: 'Показатели одной таблицей CSV (UTF-8)',
    access: ['admin', 'viewer'],
    cookie: true,
    query: z.object({ period: periodQuery, level: levelSchema.meta({ description: 'school — по организациям (по умолчанию), municipality — по муниципалитетам, region — по региону' }) }),
    responses: { 200: { description: 'Файл CSV', media: { 'text/csv': undefined }, headers: { 'Content-Disposition': 'Имя файла' } } },
  },
  {
    method: 'get',
    path: '/api/v1/indicators.xlsx',
    tag: 'Показатели',
    summary: 'Показатели книгой Excel: листы по организациям, муниципалитетам и региону',
    access: ['admin', 'viewer'],
    cookie: true,
    query: z.object({ period: periodQuery }),
    responses: { 200: { description: 'Файл .xlsx', media: { [XLSX]: z.string().meta({ contentMediaType: XLSX }) }, headers: { 'Content-Disposition': 'Имя файла' } } },
  },
];

export function indicatorRoutes(deps: RouteDeps): Hono {
  const viewers = ['admin', 'viewer'] as const;
  const tablesFor = async (period: string | undefined) =>
    loadIndicators(deps.store, period ?? (await defaultPeriod(deps.store, deps.now())), deps.demo);

  return documented(new Hono()
    .get('/api/v1/indicators', async (c) => {
      await authorize(c, deps, viewers, { cookie: true });
      const { period } = validate(z.object({ period: periodSchema.optional() }), c.req.query());
      c.header('Cache-Control', 'no-store');
      return c.json(await tablesFor(period));
    })
    .get('/api/v1/indicators.csv', async (c) => {
      await authorize(c, deps, viewers, { cookie: true });
      const { period, level } = validate(z.object({ period: periodSchema.optional(), level: levelSchema }), c.req.query());
      const tables = await tablesFor(period);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', attachment(`indicators-${tables.period}-${level}.csv`, `показатели-${tables.period}-${LEVEL_FILE_NAMES[level]}.csv`));
      c.header('Cache-Control', 'no-store');
      return c.body(toCsv(wideTable(tables, level)));
    })
    .get('/api/v1/indicators.xlsx', async (c) => {
      await authorize(c, deps, viewers, { cookie: true });
      const { period } = validate(z.object({ period: periodSchema.optional() }), c.req.query());
      const tables = await tablesFor(period);
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', attachment(`indicators-${tables.period}.xlsx`, `показатели-${tables.period}.xlsx`));
      c.header('Cache-Control', 'no-store');
      return c.body(await toXlsx(tables));
    }), OPERATIONS);
}
