// OpenAPI operations of PUT and GET /api/v1/region.
import * as z from 'zod';
import { INDICATOR_KEYS } from '../../../../shared/indicators';
import { regionSchema } from '../../routes/region';
import type { Operation } from '../operation';

const targetsSchema = z.record(
  z.string(),
  z.strictObject(Object.fromEntries(INDICATOR_KEYS.map((k) => [k, z.number().optional()]))),
);
const settingsSchema = z.strictObject({
  name: z.string(),
  enterprises: z.number().int().nullable(),
  population: z.strictObject({
    children10to19: z.number().int().nullable().optional(),
    children15to19: z.number().int().nullable().optional(),
    youngTeachers: z.number().int().nullable().optional(),
  }),
  targets: targetsSchema.meta({
    description: 'Цели региона по годам (ключ — год), в процентах; без заданных действуют цели по умолчанию',
  }),
});

export const regionOperations: Operation[] = [
  {
    method: 'put',
    path: '/api/v1/region',
    tag: 'Регион',
    summary: 'Задать настройки региона',
    description:
      'Заменяет настройки целиком: не переданное поле очищается. enterprises — число предприятий региона (знаменатель доли предприятий); population — численность для знаменателей по региону; targets — цели по годам.',
    access: ['admin'],
    body: regionSchema,
    responses: { 200: { description: 'Настройки сохранены', json: settingsSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/region',
    tag: 'Регион',
    summary: 'Настройки региона',
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    responses: { 200: { description: 'Настройки (название «Регион», пока не заданы)', json: settingsSchema } },
  },
];
