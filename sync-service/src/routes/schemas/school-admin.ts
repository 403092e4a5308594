// Request and response bodies of the organisations' administration (/api/v1/schools…).
import * as z from 'zod';
import { newSchoolSchema, schoolIdSchema, sourceSchema } from '../schools';
import { describeRoute } from './describe';

export const IMPORT_MEDIA_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
] as const;

const kindSchema = z.enum(['school', 'college', 'additional']);

export const managedSchool = z.object({
  id: z.string(),
  name: z.string(),
  municipality: z.string(),
  kind: kindSchema,
  source: sourceSchema,
  createdAt: z.string(),
  lastReportAt: z.string().nullable(),
  lastSyncError: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
  /** Whether a report for the asked period has arrived. */
  reported: z.boolean(),
  /** Live tokens of the school (count only). */
  tokens: z.number().int(),
});

export const schoolListQuery = z.object({
  period: z
    .string()
    .regex(/^\d{4}$/, { error: 'Период — год из четырёх цифр, например 2024' })
    .optional(),
});
export const schoolListResponse = z.object({ period: z.string(), schools: z.array(managedSchool) });

export const newSchoolBody = newSchoolSchema;
export const newSchoolResponse = z.object({ id: z.string(), token: z.string(), tokenId: z.string() });

export const schoolIdParams = z.object({ id: schoolIdSchema });
export const updateSchoolBody = newSchoolSchema.omit({ id: true }).extend({ source: sourceSchema });
export const schoolStateResponse = managedSchool.omit({ reported: true, tokens: true });

export const importQuery = z.object({ confirm: z.enum(['true', 'false']).optional() });
export const importRow = z.object({
  line: z.number().int(),
  values: z.object({
    id: z.string(),
    name: z.string(),
    municipality: z.string(),
    kind: z.string(),
    source: z.string(),
  }),
  /** `create`/`update`/`unchanged` are what saving does (or did); `error` rows are never saved. */
  action: z.enum(['create', 'update', 'unchanged', 'error']),
  problems: z.array(z.string()),
});
export const importResponse = z.object({
  saved: z.boolean(),
  rows: z.array(importRow),
  summary: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int(),
  }),
});

export const SCHOOL_ADMIN_ROUTES = [
  describeRoute({
    method: 'post',
    path: '/api/v1/schools',
    summary: 'Зарегистрировать организацию; ответ содержит её токен (показывается один раз)',
    roles: ['admin'],
    body: newSchoolBody,
    responses: { 201: newSchoolResponse },
  }),
  describeRoute({
    method: 'get',
    path: '/api/v1/schools',
    summary: 'Все организации, включая деактивированные, с отметкой об отчёте за период',
    roles: ['admin'],
    query: schoolListQuery,
    responses: { 200: schoolListResponse },
  }),
  describeRoute({
    method: 'put',
    path: '/api/v1/schools/{id}',
    summary: 'Изменить наименование, муниципалитет, тип и источник отчёта',
    roles: ['admin'],
    params: schoolIdParams,
    body: updateSchoolBody,
    responses: { 200: schoolStateResponse },
  }),
  describeRoute({
    method: 'post',
    path: '/api/v1/schools/{id}/deactivate',
    summary: 'Деактивировать: отчёты сохраняются, организация пропадает из таблиц',
    roles: ['admin'],
    params: schoolIdParams,
    responses: { 200: schoolStateResponse },
  }),
  describeRoute({
    method: 'post',
    path: '/api/v1/schools/{id}/restore',
    summary: 'Восстановить деактивированную организацию',
    roles: ['admin'],
    params: schoolIdParams,
    responses: { 200: schoolStateResponse },
  }),
  describeRoute({
    method: 'post',
    path: '/api/v1/schools/import',
    summary:
      'Список организаций из .xlsx или .csv: без confirm=true — только проверка (ничего не сохраняется); с ним — сохранение строк без ошибок, обновление по коду',
    roles: ['admin'],
    query: importQuery,
    upload: IMPORT_MEDIA_TYPES,
    responses: { 200: importResponse },
  }),
] as const;
