// What every command's call goes through: parseArgs with one-line Russian errors, the values'
// accessors, and the checks of options several commands share (--url with --token, --today).
import { parseArgs } from 'node:util';
// Single files rather than the domain's indexes: parsing the call loads nothing else (fast --help).
import { toDay, type Day } from '../shared/core/day';
import { UsageError } from './io';
import { joinTokenValue } from './token-arg';

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** What follows an option that is not a file path, for the message when it is missing. */
const VALUE_OF: Record<string, string> = {
  '--school-id': 'код организации',
  '--period': 'год',
  '--url': 'адрес сервиса',
  '--token': 'токен',
  '--today': 'день в виде ДД.ММ.ГГГГ',
  '--year': 'год',
  '--csv': 'формат: people или plain',
  '--date': 'день в виде ДД.ММ.ГГГГ',
  '--active-pairs': 'carry или complete',
};

export function parseOptions(argv: readonly string[], options: OptionSpec) {
  try {
    return parseArgs({ args: joinTokenValue(argv, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^'\s]+)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`неизвестный параметр «${option}»`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`после ${option} нужен ${VALUE_OF[option] ?? 'путь к файлу'}`);
    throw new UsageError('неверные параметры');
  }
}

export function optionalText(values: ParsedValues, key: string): string | undefined {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
}

export function required(values: ParsedValues, key: string, what: string): string {
  const value = optionalText(values, key)?.trim();
  if (!value) throw new UsageError(`укажите --${key} <${what}>`);
  return value;
}

/** `--url` and `--token` of the regional service, as every command that calls it checks them. */
export function serviceOptions(values: ParsedValues): { url: string; token: string } {
  const url = required(values, 'url', 'адрес регионального сервиса, например https://nastavnik.example.ru');
  const token = required(values, 'token', 'токен организации, выданный региональным центром');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url — адрес вида https://сервис.example.ru, а не «${url}»`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new UsageError(`--url — адрес http:// или https://, а не «${url}»`);
  // A header value: printable ASCII only (a token pasted with a Cyrillic letter or a space is a typo).
  if (!/^[\x21-\x7e]+$/.test(token))
    throw new UsageError(
      '--token — токен из латинских букв, цифр и знаков без пробелов, как его выдал региональный центр',
    );
  return { url, token };
}

/** `--today` (ДД.ММ.ГГГГ or ГГГГ-ММ-ДД), or the computer's date. */
export function dayOf(text: string | undefined, now: Date = new Date()): Day {
  if (text === undefined)
    return toDay(
      `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
    ) as Day;
  const day = toDay(text);
  if (!day) throw new UsageError(`--today — дата в виде ДД.ММ.ГГГГ, а не «${text}»`);
  return day;
}
