// Request and response bodies of /api/v1/region.
import * as z from 'zod';
import { regionSchema } from '../region';
import { describeRoute } from './describe';

const count = z.number().int().nullable();
export const regionSettingsResponse = z.object({
  name: z.string(),
  enterprises: count,
  population: z.object({
    children10to19: count.optional(),
    children15to19: count.optional(),
    youngTeachers: count.optional(),
  }),
  targets: z.record(z.string(), z.record(z.string(), z.number())),
});

export const REGION_ROUTES = [
  describeRoute({
    method: 'put',
    path: '/api/v1/region',
    summary: 'Настройки региона: название, численность (вместо суммы из отчётов), цели по годам',
    roles: ['admin'],
    body: regionSchema,
    responses: { 200: regionSettingsResponse },
  }),
  describeRoute({
    method: 'get',
    path: '/api/v1/region',
    summary: 'Настройки региона',
    roles: ['admin', 'viewer', 'methodologist'],
    responses: { 200: regionSettingsResponse },
  }),
] as const;
