// zod schemas of the registry records: the shape that crosses google.script.run, HTTP and files.
// zod/mini (the add-on bundles these into Code.js): `z.optional(x)` and `.check(...)` are zod's
// `x.optional()` and chained checks.
import * as z from 'zod/mini';
import { FORM_CODES, WEEKDAYS } from '../catalogue';
import type { FormCode, Mentee, Mentor, Weekday } from './types';

export const formCodeSchema = z.enum(FORM_CODES as [FormCode, ...FormCode[]]);
export const weekdaySchema = z.enum(WEEKDAYS as [Weekday, ...Weekday[]]);
export const meetingFormatSchema = z.enum(['очно', 'дистанционно', 'смешанно']);
export const gradeRangeSchema = z
  .object({ min: z.int().check(z.minimum(1), z.maximum(11)), max: z.int().check(z.minimum(1), z.maximum(11)) })
  .check(z.refine((range) => range.min <= range.max, { message: 'Начало диапазона классов больше конца' }));

const id = z.string().check(z.trim(), z.minLength(1, 'Пустой ID'));
const fullName = z.string().check(z.trim(), z.minLength(1, 'Пустое ФИО'));
const count = (min: number, max?: number) =>
  z.int().check(z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));
const nonNegative = () => z.number().check(z.minimum(0));

export const mentorSchema: z.ZodMiniType<Mentor> = z.object({
  id,
  fullName,
  category: z.optional(
    z.enum(['Обучающийся', 'Педагог', 'Выпускник', 'Представитель предприятия', 'Родитель', 'Социальный партнёр']),
  ),
  organization: z.optional(z.string()),
  inn: z.optional(z.string().check(z.regex(/^(\d{10}|\d{12})$/, 'ИНН: 10 или 12 цифр'))),
  age: z.optional(count(1, 120)),
  grade: z.optional(count(1, 11)),
  experienceYears: z.optional(nonNegative()),
  forms: z.array(formCodeSchema).check(z.minLength(1, 'Нужна хотя бы одна форма наставничества')),
  competencies: z.array(z.string()),
  interests: z.array(z.string()),
  menteeGrades: z.optional(gradeRangeSchema),
  days: z.array(weekdaySchema),
  format: z.optional(meetingFormatSchema),
  capacity: count(1),
  preferredMentees: z.array(z.string()),
  consent: z.boolean(),
  status: z.enum(['кандидат', 'в реестре', 'выбыл']),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});

export const menteeSchema: z.ZodMiniType<Mentee> = z.object({
  id,
  fullName,
  category: z.optional(z.enum(['Обучающийся', 'Студент', 'Молодой педагог', 'Педагог'])),
  age: z.optional(count(1, 120)),
  grade: z.optional(count(1, 11)),
  experienceYears: z.optional(nonNegative()),
  form: formCodeSchema,
  requests: z.array(z.string()),
  interests: z.array(z.string()),
  days: z.array(weekdaySchema),
  format: z.optional(meetingFormatSchema),
  preferredMentor: z.optional(z.string()),
  consent: z.boolean(),
  status: z.enum(['ожидает', 'в паре', 'завершил', 'без пары']),
});

export const pairStatusSchema = z.enum(['предложена', 'утверждена', 'завершена', 'расторгнута']);

/** A row of `Пары` as read from the sheet. */
export const pairRecordSchema = z.object({
  /** 1-based sheet row. */
  row: count(2),
  pairId: z.string(),
  form: z.optional(formCodeSchema),
  mentorId: z.string(),
  mentorName: z.string(),
  menteeId: z.string(),
  menteeName: z.string(),
  score: z.optional(z.number()),
  reasons: z.string(),
  status: z.optional(pairStatusSchema),
  startDate: z.string(),
  order: z.string(),
});
export type PairRecord = z.infer<typeof pairRecordSchema>;

/** A mentor and a mentee given by ID (a confirmed pair, a «Не объединять» entry). */
export const pairRefSchema = z.object({ mentorId: id, menteeId: id });
export type PairRef = z.infer<typeof pairRefSchema>;

export const weightsSchema = z.object({
  requests: z.optional(nonNegative()),
  interests: z.optional(nonNegative()),
  days: z.optional(nonNegative()),
  format: z.optional(nonNegative()),
  distance: z.optional(nonNegative()),
  preference: z.optional(nonNegative()),
});

/** `Настройки` as values; absent = not filled in. */
export const workspaceSettingsSchema = z.object({
  organizationName: z.optional(z.string()),
  directorName: z.optional(z.string()),
  directorPosition: z.optional(z.string()),
  curatorName: z.optional(z.string()),
  registryOrderNumber: z.optional(z.string()),
  registryOrderDate: z.optional(z.string()),
  pairOrderNumber: z.optional(z.string()),
  pairOrderDate: z.optional(z.string()),
  minScore: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  weights: weightsSchema,
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;
