// Checks what the sidebar sends before anything is read or written: google.script.run can be
// called from any page of the add-on, so the shapes are validated here, with Russian messages.
import * as z from 'zod';
import { FORM_CODES } from '../../../shared/catalogue';
import { WEIGHT_KEYS } from '../../../shared/pairing';
import type { ConfirmRequest, PairKey, PairingRequest } from './wire';

const id = z.string().trim().min(1).max(200);
const pairKey = z.object({ mentorId: id, menteeId: id });
const weight = z.number().finite().min(0).max(1000);

const requestSchema = z.object({
  forms: z.array(z.enum(FORM_CODES as [string, ...string[]])).max(FORM_CODES.length),
  weights: z.object(Object.fromEntries(WEIGHT_KEYS.map((key) => [key, weight.optional()]))).strict(),
  minScore: z.number().finite().min(0).max(100),
  pins: z.array(pairKey).max(100_000),
});

const confirmSchema = z.object({
  request: requestSchema,
  pairs: z.array(pairKey).max(100_000),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
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

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const places = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    const named = path.map((part) => FIELD_NAMES[part] ?? part).join(' → ');
    return named || 'запрос';
  });
  throw new Error(`Боковая панель прислала неверные ${what}: ${[...new Set(places)].join('; ')}. Обновите панель и повторите.`);
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
