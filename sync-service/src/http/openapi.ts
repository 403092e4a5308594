// Routes that describe themselves: each router declares the OpenAPI operations of its routes with
// the same zod schemas that validate their input, plus the schemas of their answers. The published
// description (GET /api/v1/openapi.json) is built from these; tests check that every route of the
// app is described and that every answer matches its description.
import type { Hono } from 'hono';
import * as z from 'zod';
import type { Role } from '../store/tokens';

export type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

export interface ResponseSpec {
  /** Russian: when this answer comes. */
  description: string;
  /** The JSON body. */
  json?: z.ZodType;
  /** A body of another media type (a file, a page): media type → its schema (a string by default). */
  media?: Record<string, z.ZodType | undefined>;
  /** Response headers worth knowing: name → Russian description. */
  headers?: Record<string, string>;
}

export interface Operation {
  method: Method;
  /** OpenAPI form, `{name}` for a parameter: `/api/v1/sync/{id}`. */
  path: string;
  /** Section of the reference (Russian). */
  tag: string;
  /** One line (Russian). */
  summary: string;
  description?: string;
  /** Who may call: roles with a token; `public` for anyone. */
  access: 'public' | readonly Role[];
  /** The dashboard's session cookie is accepted instead of the bearer token. */
  cookie?: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body, or another media type. */
  body?: z.ZodType | { media: string; schema: z.ZodType };
  /** Answers other than the automatic errors (400, 401, 403, 413, 415, 500). */
  responses: Record<number, ResponseSpec>;
}

const described = new WeakMap<Hono<any, any, any>, Operation[]>();

/** Attaches the description of its routes to a router; `app.ts` publishes what every mounted router declares.
 *  The OpenAPI test fails when a route of the app has no operation here, or an operation no route. */
export function documented<H extends Hono<any, any, any>>(router: H, operations: readonly Operation[]): H {
  described.set(router, [...(described.get(router) ?? []), ...operations]);
  return router;
}

/** `/api/v1/sync/{id}` → `/api/v1/sync/:id`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** The operations of every described router among `routers`. */
export function operationsOf(routers: readonly Hono[]): Operation[] {
  return routers.flatMap((r) => described.get(r) ?? []);
}
