// GET /api/v1/audit (admin): the audit log, newest first.
import { Hono } from 'hono';
import { authorizeAdmin } from '../auth/admin';
import { validate } from '../http/validate';
import { auditQuery } from './schemas/audit';
import type { RouteDeps } from './deps';

export function auditRoutes(deps: RouteDeps): Hono {
  return new Hono().get('/api/v1/audit', async (c) => {
    await authorizeAdmin(c, deps);
    const { limit } = validate(auditQuery, c.req.query());
    c.header('Cache-Control', 'no-store');
    return c.json({ entries: await deps.store.audit.list(limit ?? 500) });
  });
}
