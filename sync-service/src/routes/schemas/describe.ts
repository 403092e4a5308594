// One description per route: method, path, request and response bodies as the zod schemas that
// validate them, so the published API can be generated from the same source.
import type * as z from 'zod';

export interface RouteDescription {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style: `/api/v1/tokens/{id}`. */
  path: string;
  summary: string;
  /** Who may call it. */
  roles: readonly ('admin' | 'viewer' | 'methodologist' | 'school')[];
  params?: z.ZodType;
  query?: z.ZodType;
  /** JSON request body; `upload` names a raw file body instead. */
  body?: z.ZodType;
  upload?: readonly string[];
  responses: Record<number, z.ZodType>;
}

export const describeRoute = <T extends RouteDescription>(route: T): T => route;
