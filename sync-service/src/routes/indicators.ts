// GET /api/v1/indicators[.csv|.xlsx] (admin, viewer; also with the dashboard session cookie).
import { Hono } from 'hono';
import * as z from 'zod';
import { authorize } from '../auth/principal';
import { toCsv } from '../export/csv';
import { wideTable, type Level } from '../export/wide-table';
import { toXlsx } from '../export/xlsx';
import { validate } from '../http/validate';
import { defaultPeriod, loadIndicators } from '../indicators';
import { periodSchema } from './reports';
import type { RouteDeps } from './deps';

const LEVEL_FILE_NAMES: Record<Level, string> = { school: 'организации', municipality: 'муниципалитеты', region: 'регион' };

/** `attachment` with an ASCII fallback name and the Russian one (RFC 6266). */
function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const levelSchema = z.enum(['school', 'municipality', 'region'], { error: 'level: school, municipality или region' }).default('school');

export function indicatorRoutes(deps: RouteDeps): Hono {
  const viewers = ['admin', 'viewer'] as const;
  const tablesFor = async (period: string | undefined) =>
    loadIndicators(deps.store, period ?? (await defaultPeriod(deps.store, deps.now())), deps.demo);

  return new Hono()
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
    });
}
