// Russian messages for zod issues and the flat `{path, message}` issue list of the API.
import type * as z from 'zod';

export interface Issue {
  /** Dotted path into the document, e.g. `participants.menteeStudents10to19` or `enterprises.1.inn`; '' for the whole document. */
  path: string;
  message: string;
}

export const REQUIRED_MESSAGE = 'Обязательное поле не заполнено';

/** How a received value is named in a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'список';
  switch (typeof value) {
    case 'string':
      return `строка «${value.length > 40 ? value.slice(0, 40) + '…' : value}»`;
    case 'number':
      return `число ${value}`;
    case 'boolean':
      return `логическое значение ${value}`;
    case 'object':
      return 'объект';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  boolean: 'логическое значение (true/false)',
  object: 'объект',
  array: 'список',
  record: 'объект',
};

/** Per-parse error map: Russian messages for the issues a schema does not word itself. */
export const ruErrorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_value')) return REQUIRED_MESSAGE;
  switch (iss.code) {
    case 'invalid_type':
      return `Ожидается ${EXPECTED[iss.expected] ?? iss.expected}, получено: ${describeValue(iss.input)}`;
    case 'too_small':
      if (iss.origin === 'string')
        return Number(iss.minimum) <= 1 ? 'Не должно быть пустым' : `Не короче ${iss.minimum} символов`;
      if (iss.origin === 'array') return `Нужно не меньше ${iss.minimum} элементов`;
      return `Должно быть не меньше ${iss.minimum}${iss.inclusive ? '' : ' (строго больше)'}, получено: ${describeValue(iss.input)}`;
    case 'too_big':
      if (iss.origin === 'string') return `Не длиннее ${iss.maximum} символов`;
      if (iss.origin === 'array') return `Не больше ${iss.maximum} элементов`;
      return `Должно быть не больше ${iss.maximum}, получено: ${describeValue(iss.input)}`;
    case 'invalid_value':
      return `Допустимые значения: ${iss.values.map((v) => String(v)).join(', ')}; получено: ${describeValue(iss.input)}`;
    case 'unrecognized_keys':
      return `Неизвестные поля: ${iss.keys.join(', ')}`;
    case 'invalid_format':
      return `Неверный формат, получено: ${describeValue(iss.input)}`;
    case 'invalid_key':
      return iss.issues[0]?.message ?? `Недопустимый ключ: ${describeValue(iss.input)}`;
    default:
      return undefined;
  }
};

export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

export function toIssues(error: z.core.$ZodError): Issue[] {
  return error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
}
