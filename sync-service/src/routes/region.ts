// PUT /api/v1/region (admin): the region's name, enterprises, population override and targets; GET reads them.
import { Hono } from 'hono';
import * as z from 'zod';
import { INDICATOR_KEYS, type IndicatorKey } from '../../../shared/indicators';
import { actorOf, authorizeAdmin } from '../auth/admin';
import { authorize } from '../auth/principal';
import { readJson } from '../http/body';
import { validate } from '../http/validate';
import type { RouteDeps } from './deps';

/** A region's population or enterprises: far below this (and sums stay exact integers). */
const MAX_REGION_COUNT = 100_000_000;
const count = z
  .number()
  .int()
  .min(0)
  .max(MAX_REGION_COUNT, {
    error: `Число больше предела ${MAX_REGION_COUNT.toLocaleString('ru-RU')}: ни в одном регионе столько нет, проверьте значение`,
  })
  .nullable()
  .optional();
const percent = z.number().min(0).max(100);

export const regionSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  enterprises: count,
  population: z.strictObject({ children10to19: count, children15to19: count, youngTeachers: count }).optional(),
  targets: z
    .record(
      z.string().regex(/^\d{4}$/, { error: 'Цели задаются по годам: ключ — год из четырёх цифр, например "2024"' }),
      z.strictObject(
        Object.fromEntries(INDICATOR_KEYS.map((k) => [k, percent.optional()])) as Record<
          IndicatorKey,
          z.ZodOptional<typeof percent>
        >,
      ),
    )
    .optional(),
});

export function regionRoutes(deps: RouteDeps): Hono {
  return new Hono()
    .put('/api/v1/region', async (c) => {
      const admin = await authorizeAdmin(c, deps);
      const body = validate(regionSchema, await readJson(c));
      const settings = {
        name: body.name,
        enterprises: body.enterprises ?? null,
        population: {
          children10to19: body.population?.children10to19 ?? null,
          children15to19: body.population?.children15to19 ?? null,
          youngTeachers: body.population?.youngTeachers ?? null,
        },
        targets: body.targets ?? {},
      };
      const before = await deps.store.region.get();
      await deps.store.region.put(settings, deps.now());
      await deps.store.audit.add(
        { actor: actorOf(admin), action: 'region.update', target: null, details: { before, after: settings } },
        deps.now(),
      );
      if (deps.onRegionChanged) {
        // New targets or population change the regional spreadsheet; refreshing it must not fail the request.
        Promise.resolve()
          .then(() => deps.onRegionChanged?.())
          .catch((error: unknown) =>
            deps.logError('Обновление после изменения настроек региона завершилось ошибкой', error),
          );
      }
      return c.json(settings);
    })
    .get('/api/v1/region', async (c) => {
      await authorize(c, deps, ['admin', 'viewer', 'methodologist'], { cookie: true });
      return c.json(await deps.store.region.get());
    });
}
