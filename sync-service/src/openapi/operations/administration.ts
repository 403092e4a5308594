// OpenAPI operations of the administration (organisations, tokens, audit log), from the route
// descriptions that sit beside their handlers (routes/schemas): one source for both.
import * as z from 'zod';
import { DESCRIBED_ROUTES, type RouteDescription } from '../../routes/schemas';
import { errorBodySchema } from '../document';
import type { Operation, ResponseSpec } from '../operation';

/** Described here already with fuller texts (schools.ts, region.ts). */
const ELSEWHERE = new Set(['post /api/v1/schools', 'put /api/v1/region', 'get /api/v1/region']);

function tagOf(path: string): string {
  if (path.startsWith('/api/v1/tokens')) return 'Токены';
  if (path.startsWith('/api/v1/audit')) return 'Журнал действий';
  return 'Организации';
}

function answer(status: number, schema: z.ZodType): ResponseSpec {
  return { description: status === 201 ? 'Создано' : 'Готово', json: schema };
}

function operationOf(route: RouteDescription): Operation {
  const responses: Record<number, ResponseSpec> = Object.fromEntries(
    Object.entries(route.responses).map(([status, schema]) => [Number(status), answer(Number(status), schema)]),
  );
  if (route.params || route.path === '/api/v1/tokens')
    responses[404] = { description: 'Нет такой организации или токена', json: errorBodySchema };
  return {
    method: route.method,
    path: route.path,
    tag: tagOf(route.path),
    summary: route.summary,
    access: route.roles,
    // The administration page calls these with the admin's session cookie (changes only from the same Origin).
    cookie: true,
    params: route.params as z.ZodObject | undefined,
    query: route.query as z.ZodObject | undefined,
    body: route.upload
      ? { media: route.upload[0], schema: z.string().meta({ description: `Файл: ${route.upload.join(' или ')}` }) }
      : route.body,
    responses,
  };
}

export const administrationOperations: Operation[] = DESCRIBED_ROUTES.filter(
  (r) => !ELSEWHERE.has(`${r.method} ${r.path}`),
).map(operationOf);
