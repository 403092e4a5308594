// Response body of GET /api/v1/audit.
import * as z from 'zod';
import { describeRoute } from './describe';

export const auditQuery = z.object({ limit: z.coerce.number().int().min(1).max(5000).optional() });
export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const auditResponse = z.object({ entries: z.array(auditEntry) });

export const AUDIT_ROUTES = [
  describeRoute({
    method: 'get',
    path: '/api/v1/audit',
    summary: 'Журнал действий администраторов: кто (подпись токена), что и когда',
    roles: ['admin'],
    query: auditQuery,
    responses: { 200: auditResponse },
  }),
] as const;
