// Zod validation at the edge: any problem becomes a 400 listing every issue with its path, in Russian.
import type * as z from 'zod';
import { ruErrorMap, toIssues } from '../../../shared/report';
import { invalidBody } from './errors';

export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: ruErrorMap });
  if (!result.success) throw invalidBody(toIssues(result.error));
  return result.data;
}
