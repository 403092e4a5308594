// GET /review (administrator, methodologist) and GET /catalogue, /catalogue/{id} (catalogue readers,
// or anyone when the region opened the catalogue). Without access the visitor is sent to the login page.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { authenticate, type Principal } from '../auth/principal';
import { renderCataloguePage, renderReviewPage } from '../dashboard/practices-page';
import { ApiError } from '../http/errors';
import type { RouteDeps } from './deps';
import { practiceIdParams } from './schemas/practices';

export function practicePageRoutes(deps: RouteDeps): Hono {
  /** The dashboard's signed-in visitor, or null. */
  const visitor = async (c: Context): Promise<Principal | null> => {
    try {
      return await authenticate(c, deps, { cookie: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  };
  const catalogue = async (c: Context, practiceId?: string) => {
    const who = await visitor(c);
    const reader = who !== null && who.role !== 'school';
    if (!reader && !(await deps.store.practices.catalogueOpen())) return c.redirect('/', 303);
    const { name } = await deps.store.region.get();
    c.header('Cache-Control', 'no-store');
    const reviewer = who?.role === 'admin' || who?.role === 'methodologist';
    return c.html(renderCataloguePage({ demo: deps.demo, regionName: name, signedIn: reader, reviewer, practiceId }));
  };
  return new Hono()
    .get('/review', async (c) => {
      const who = await visitor(c);
      if (who?.role !== 'admin' && who?.role !== 'methodologist') return c.redirect('/', 303);
      const { name } = await deps.store.region.get();
      c.header('Cache-Control', 'no-store');
      return c.html(
        renderReviewPage({ demo: deps.demo, regionName: name, signedIn: true, admin: who.role === 'admin' }),
      );
    })
    .get('/catalogue', (c) => catalogue(c))
    .get('/catalogue/:id', async (c) => {
      const parsed = practiceIdParams.safeParse(c.req.param());
      return catalogue(c, parsed.success ? parsed.data.id : undefined);
    });
}
