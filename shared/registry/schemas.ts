// zod schemas of the registry records: the shape that crosses google.script.run, HTTP and files.
import * as z from 'zod';
import { FORM_CODES, WEEKDAYS } from '../catalogue';
import type { FormCode, Mentee, Mentor, Weekday } from './types';

export const formCodeSchema = z.enum(FORM_CODES as [FormCode, ...FormCode[]]);
export const weekdaySchema = z.enum(WEEKDAYS as [Weekday, ...Weekday[]]);
export const meetingFormatSchema = z.enum(['очно', 'дистанционно', 'смешанно']);
export const gradeRangeSchema = z
  .object({ min: z.int().min(1).max(11), max: z.int().min(1).max(11) })
  .refine((range) => range.min <= range.max, { message: 'Начало диапазона классов больше конца' });

const id = z.string().trim().min(1, 'Пустой ID');
const fullName = z.string().trim().min(1, 'Пустое ФИО');

export const mentorSchema: z.ZodType<Mentor> = z.object({
  id,
  fullName,
  category: z
    .enum(['Обучающийся', 'Педагог', 'Выпускник', 'Представитель предприятия', 'Родитель', 'Социальный партнёр'])
    .optional(),
  organization: z.string().optional(),
  inn: z.string().regex(/^(\d{10}|\d{12})$/, 'ИНН: 10 или 12 цифр').optional(),
  age: z.int().min(1).max(120).optional(),
  grade: z.int().min(1).max(11).optional(),
  experienceYears: z.number().min(0).optional(),
  forms: z.array(formCodeSchema).min(1, 'Нужна хотя бы одна форма наставничества'),
  competencies: z.array(z.string()),
  interests: z.array(z.string()),
  menteeGrades: gradeRangeSchema.optional(),
  days: z.array(weekdaySchema),
  format: meetingFormatSchema.optional(),
  capacity: z.int().min(1),
  preferredMentees: z.array(z.string()),
  consent: z.boolean(),
  status: z.enum(['кандидат', 'в реестре', 'выбыл']),
  email: z.string().optional(),
  phone: z.string().optional(),
});

export const menteeSchema: z.ZodType<Mentee> = z.object({
  id,
  fullName,
  category: z.enum(['Обучающийся', 'Студент', 'Молодой педагог', 'Педагог']).optional(),
  age: z.int().min(1).max(120).optional(),
  grade: z.int().min(1).max(11).optional(),
  experienceYears: z.number().min(0).optional(),
  form: formCodeSchema,
  requests: z.array(z.string()),
  interests: z.array(z.string()),
  days: z.array(weekdaySchema),
  format: meetingFormatSchema.optional(),
  preferredMentor: z.string().optional(),
  consent: z.boolean(),
  status: z.enum(['ожидает', 'в паре', 'завершил', 'без пары']),
});

export const pairStatusSchema = z.enum(['предложена', 'утверждена', 'завершена', 'расторгнута']);

/** A row of `Пары` as read from the sheet. */
export const pairRecordSchema = z.object({
  /** 1-based sheet row. */
  row: z.int().min(2),
  pairId: z.string(),
  form: formCodeSchema.optional(),
  mentorId: z.string(),
  mentorName: z.string(),
  menteeId: z.string(),
  menteeName: z.string(),
  score: z.number().optional(),
  reasons: z.string(),
  status: pairStatusSchema.optional(),
  startDate: z.string(),
  order: z.string(),
});
export type PairRecord = z.infer<typeof pairRecordSchema>;

/** A mentor and a mentee given by ID (a confirmed pair, a «Не объединять» entry). */
export const pairRefSchema = z.object({ mentorId: id, menteeId: id });
export type PairRef = z.infer<typeof pairRefSchema>;

export const weightsSchema = z.object({
  requests: z.number().min(0).optional(),
  interests: z.number().min(0).optional(),
  days: z.number().min(0).optional(),
  format: z.number().min(0).optional(),
  distance: z.number().min(0).optional(),
  preference: z.number().min(0).optional(),
});

/** `Настройки` as values; absent = not filled in. */
export const workspaceSettingsSchema = z.object({
  organizationName: z.string().optional(),
  directorName: z.string().optional(),
  directorPosition: z.string().optional(),
  curatorName: z.string().optional(),
  registryOrderNumber: z.string().optional(),
  registryOrderDate: z.string().optional(),
  pairOrderNumber: z.string().optional(),
  pairOrderDate: z.string().optional(),
  minScore: z.number().min(0).max(100).optional(),
  weights: weightsSchema,
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;
