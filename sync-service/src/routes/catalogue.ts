// The catalogue of the region's bank: accepted practices with Russian full-text search and filters,
// a page per practice and the .xlsx export. Open to anyone when the region chooses so, otherwise to
// a viewer, methodologist or administrator token (or their dashboard session).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { formName } from '../../../shared/catalogue';
import { publicCard } from '../../../shared/practice';
import { actorOf, authorizeAdmin } from '../auth/admin';
import { authorize } from '../auth/principal';
import { practicesToXlsx } from '../export/practices-xlsx';
import { readJson } from '../http/body';
import { notFound } from '../http/errors';
import { validate } from '../http/validate';
import type { PracticeState } from '../store/practices';
import type { RouteDeps } from './deps';
import { catalogueQuery, catalogueSettingsBody, practiceIdParams } from './schemas/practices';

export const CATALOGUE_READERS = ['admin', 'viewer', 'methodologist'] as const;

/** The page of a practice in the catalogue. */
export const practicePagePath = (id: string) => `/catalogue/${encodeURIComponent(id)}`;

export function catalogueItem(p: PracticeState) {
  return {
    practiceId: p.practiceId,
    title: p.title,
    schoolId: p.schoolId,
    organizationName: p.organizationName,
    municipality: p.municipality,
    form: p.card.form,
    formName: formName(p.card.form),
    roleModel: p.card.roleModel,
    targetGroup: p.card.targetGroup,
    goal: p.card.goal,
    level: p.level ?? 'municipal',
    acceptedAt: p.reviewedAt ?? p.updatedAt,
    url: practicePagePath(p.practiceId),
    authors: p.card.authors.map((a) => ({ fullName: a.fullName, position: a.position })),
  };
}

/** Whether the caller may read the catalogue: anyone when it is open, else a reader's token or session. */
export async function authorizeCatalogue(c: Context, deps: RouteDeps): Promise<void> {
  if (await deps.store.practices.catalogueOpen()) return;
  await authorize(c, deps, CATALOGUE_READERS, { cookie: true });
}

function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function catalogueRoutes(deps: RouteDeps): Hono {
  return new Hono()
    .get('/api/v1/catalogue/practices', async (c) => {
      await authorizeCatalogue(c, deps);
      const filters = validate(catalogueQuery, c.req.query());
      const [found, all] = await Promise.all([
        deps.store.practices.catalogue(filters),
        deps.store.practices.catalogue({}),
      ]);
      const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'ru'));
      c.header('Cache-Control', 'no-store');
      return c.json({
        practices: found.map(catalogueItem),
        filters: {
          municipalities: distinct(all.map((p) => p.municipality)),
          roleModels: distinct(all.map((p) => p.card.roleModel)),
        },
      });
    })
    .get('/api/v1/catalogue/practices.xlsx', async (c) => {
      await authorizeCatalogue(c, deps);
      const filters = validate(catalogueQuery, c.req.query());
      const body = await practicesToXlsx(await deps.store.practices.catalogue(filters));
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', attachment('practices.xlsx', 'банк-практик.xlsx'));
      c.header('Cache-Control', 'no-store');
      return c.body(body);
    })
    .get('/api/v1/catalogue/practices/:id', async (c) => {
      await authorizeCatalogue(c, deps);
      const { id } = validate(practiceIdParams, c.req.param());
      const practice = await deps.store.practices.get(id);
      if (!practice || practice.status !== 'accepted') throw notFound(`Практики «${id}» нет в банке практик региона`);
      c.header('Cache-Control', 'no-store');
      return c.json({ ...catalogueItem(practice), card: publicCard(practice.card) });
    })
    .get('/api/v1/catalogue/counts', async (c) => {
      await authorize(c, deps, CATALOGUE_READERS, { cookie: true });
      const [counts, schools] = await Promise.all([deps.store.practices.bankCounts(), deps.store.schools.list()]);
      const rows = new Map<string, { municipality: string; municipal: number; regional: number }>();
      for (const s of schools)
        if (!rows.has(s.municipality))
          rows.set(s.municipality, { municipality: s.municipality, municipal: 0, regional: 0 });
      for (const n of counts) {
        const row = rows.get(n.municipality) ?? { municipality: n.municipality, municipal: 0, regional: 0 };
        row[n.level] = n.practices;
        rows.set(n.municipality, row);
      }
      c.header('Cache-Control', 'no-store');
      return c.json({
        municipalities: [...rows.values()].sort((a, b) => a.municipality.localeCompare(b.municipality, 'ru')),
      });
    })
    .get('/api/v1/catalogue/settings', async (c) => {
      await authorize(c, deps, CATALOGUE_READERS, { cookie: true });
      return c.json({ open: await deps.store.practices.catalogueOpen() });
    })
    .put('/api/v1/catalogue/settings', async (c) => {
      const admin = await authorizeAdmin(c, deps);
      const { open } = validate(catalogueSettingsBody, await readJson(c));
      const now = deps.now();
      const before = await deps.store.practices.catalogueOpen();
      await deps.store.practices.setCatalogueOpen(open, now);
      await deps.store.audit.add(
        {
          actor: actorOf(admin),
          action: 'catalogue.settings',
          target: null,
          details: { before: { open: before }, after: { open } },
        },
        now,
      );
      return c.json({ open });
    });
}
