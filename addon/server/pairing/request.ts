// Checks what the sidebar sends before anything is read or written: google.script.run can be
// called from any page of the add-on, so the shapes are validated here, with Russian messages.
// zod/mini: a fifth of zod's size in Code.js, which Apps Script evaluates at every call.
import * as z from 'zod/mini';
import { FORM_CODES } from '../../../shared/catalogue';
import { WEIGHT_KEYS } from '../../../shared/pairing';
import type { ConfirmRequest, PairKey, PairingRequest } from './wire';

const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const pairKey = z.object({ mentorId: id, menteeId: id });
const weight = z.number().check(z.minimum(0), z.maximum(1000)); // z.number() refuses Infinity and NaN

const requestSchema = z.object({
  forms: z.array(z.enum(FORM_CODES as [string, ...string[]])).check(z.maxLength(FORM_CODES.length)),
  weights: z.strictObject(Object.fromEntries(WEIGHT_KEYS.map((key) => [key, z.optional(weight)]))),
  minScore: z.number().check(z.minimum(0), z.maximum(100)),
  pins: z.array(pairKey).check(z.maxLength(100_000)),
});

const confirmSchema = z.object({
  request: requestSchema,
  pairs: z.array(pairKey).check(z.maxLength(100_000)),
  startDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
});

const FIELD_NAMES: Record<string, string> = {
  forms: 'формы наставничества',
  weights: 'веса критериев',
  minScore: 'минимальная совместимость',
  pins: 'закреплённые пары',
  pairs: 'выбранные пары',
  startDate: 'дата начала',
  request: 'параметры подбора',
};

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const places = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    const named = path.map((part) => FIELD_NAMES[part] ?? part).join(' → ');
    return named || 'запрос';
  });
  throw new Error(
    `Боковая панель прислала неверные ${what}: ${[...new Set(places)].join('; ')}. Обновите панель и повторите.`,
  );
}

export function parseRequest(value: unknown): PairingRequest {
  return parse(requestSchema, value, 'параметры подбора') as PairingRequest;
}

export function parseConfirm(value: unknown): ConfirmRequest {
  const confirm = parse(confirmSchema, value, 'данные для утверждения') as ConfirmRequest;
  const [year, month, day] = confirm.startDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`Дата начала «${sheetDate(confirm.startDate)}» не существует. Исправьте дату.`);
  }
  return confirm;
}

export function parseMenteeId(value: unknown): string {
  return parse(id, value, 'данные наставляемого');
}

export function parsePairKey(value: unknown): PairKey {
  return parse(pairKey, value, 'данные пары');
}

/** 'YYYY-MM-DD' → 'ДД.ММ.ГГГГ', as dates are written in the workspace. */
function sheetDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
