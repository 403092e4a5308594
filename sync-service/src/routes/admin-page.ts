// GET /admin: the administration page, for the administrator only (viewers are sent to the dashboard).
import { Hono } from 'hono';
import { renderAdminPage } from '../dashboard/admin-page';
import { authenticate } from '../auth/principal';
import { ApiError } from '../http/errors';
import type { RouteDeps } from './deps';

export function adminPageRoutes(deps: RouteDeps): Hono {
  return new Hono().get('/admin', async (c) => {
    try {
      const principal = await authenticate(c, deps, { cookie: true });
      if (principal.role !== 'admin') return c.redirect('/', 303);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return c.redirect('/', 303);
      throw error;
    }
    const { name } = await deps.store.region.get();
    c.header('Cache-Control', 'no-store');
    return c.html(renderAdminPage({ demo: deps.demo, regionName: name }));
  });
}
