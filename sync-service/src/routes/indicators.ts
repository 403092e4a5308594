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
import { ExportCache, type BuiltFile } from './export-cache';

const LEVEL_FILE_NAMES: Record<Level, string> = {
  school: 'организации',
  municipality: 'муниципалитеты',
  region: 'регион',
};

/** `attachment` with an ASCII fallback name and the Russian one (RFC 6266). */
function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const levelSchema = z
  .enum(['school', 'municipality', 'region'], { error: 'level: school, municipality или region' })
  .default('school');

export function indicatorRoutes(deps: RouteDeps): Hono {
  const viewers = ['admin', 'viewer', 'methodologist'] as const;
  const periodOrDefault = async (period: string | undefined) => period ?? (await defaultPeriod(deps.store, deps.now()));
  const tablesFor = async (period: string) => loadIndicators(deps.store, period, deps.demo);
  const files = new ExportCache(deps.store, deps.exportCache);
  const built = async (period: string, body: Promise<Uint8Array | string>): Promise<BuiltFile> => ({
    period,
    body: await body,
    builtAt: Date.now(),
  });

  return new Hono()
    .get('/api/v1/indicators', async (c) => {
      await authorize(c, deps, viewers, { cookie: true });
      const { period } = validate(z.object({ period: periodSchema.optional() }), c.req.query());
      c.header('Cache-Control', 'no-store');
      return c.json(await tablesFor(await periodOrDefault(period)));
    })
    .get('/api/v1/indicators.csv', async (c) => {
      await authorize(c, deps, viewers, { cookie: true });
      const query = validate(z.object({ period: periodSchema.optional(), level: levelSchema }), c.req.query());
      const period = await periodOrDefault(query.period);
      const { level } = query;
      const file = await files.get(`${period}:csv:${level}`, async () =>
        built(
          period,
          tablesFor(period).then((t) => toCsv(wideTable(t, level))),
        ),
      );
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header(
        'Content-Disposition',
        attachment(`indicators-${period}-${level}.csv`, `показатели-${period}-${LEVEL_FILE_NAMES[level]}.csv`),
      );
      c.header('Cache-Control', 'no-store');
      c.header('Last-Modified', new Date(file.builtAt).toUTCString());
      return c.body(file.body as string);
    })
    .get('/api/v1/indicators.xlsx', async (c) => {
      await authorize(c, deps, viewers, { cookie: true });
      const query = validate(z.object({ period: periodSchema.optional() }), c.req.query());
      const period = await periodOrDefault(query.period);
      const file = await files.get(`${period}:xlsx`, async () =>
        built(
          period,
          tablesFor(period).then((t) => toXlsx(t)),
        ),
      );
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', attachment(`indicators-${period}.xlsx`, `показатели-${period}.xlsx`));
      c.header('Cache-Control', 'no-store');
      c.header('Last-Modified', new Date(file.builtAt).toUTCString());
      return c.body(file.body as Uint8Array<ArrayBuffer>);
    });
}
