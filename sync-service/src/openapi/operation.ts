// One route of the HTTP API as the OpenAPI description tells it: the zod schemas its handler
// validates with, and the schemas of its answers. operations/index.ts lists every one; the published
// description (GET /api/v1/openapi.json) is built from that list, and tests check that every route
// of the app is in it and that every answer of a real server matches it.
import type * as z from 'zod';
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
  /** A JSON body, or another media type (`z.core.$ZodType`: the school report is a zod/mini schema). */
  body?: z.core.$ZodType | { media: string; schema: z.ZodType };
  /** Answers other than the automatic errors (400, 401, 403, 413, 415, 429, 500, 503: see document.ts). */
  responses: Record<number, ResponseSpec>;
}
