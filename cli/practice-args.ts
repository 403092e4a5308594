// `practice` command lines: build a card from the workbook, push a card, or refresh the statuses.
import { parseArgs } from 'node:util';
import type { Day } from '../shared/core/day';
import { UsageError } from './io';
import { joinTokenValue } from './token-arg';

export type PracticeArgs =
  | { action: 'build'; workbook: string; pair: string; out?: string; today: Day }
  | { action: 'push'; file: string; url: string; token: string }
  | { action: 'refresh'; workbook: string; url: string; token: string; schoolId?: string; write: boolean };

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parse(argv: readonly string[], options: Record<string, { type: 'string' | 'boolean' }>) {
  try {
    return parseArgs({ args: joinTokenValue(argv, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^'\s]+)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`неизвестный параметр «${option}»`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`после ${option} нужно значение`);
    throw new UsageError('неверные параметры');
  }
}

function text(values: Values, key: string): string | undefined {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : undefined;
}

function required(values: Values, key: string, what: string): string {
  const value = text(values, key);
  if (!value) throw new UsageError(`укажите --${key} <${what}>`);
  return value;
}

/** `--url` and `--token` as `push` checks them. */
function service(values: Values): { url: string; token: string } {
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
  if (!/^[\x21-\x7e]+$/.test(token))
    throw new UsageError(
      '--token — токен из латинских букв, цифр и знаков без пробелов, как его выдал региональный центр',
    );
  return { url, token };
}

export function parsePractice(argv: readonly string[], today: (text: string | undefined) => Day): PracticeArgs {
  const [first, ...rest] = argv;
  if (first === 'push') {
    const { values, positionals } = parse(rest, { url: { type: 'string' }, token: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('для practice push укажите файл карточки .json');
    if (positionals.length > 1) throw new UsageError(`лишний аргумент «${positionals[1]}»`);
    return { action: 'push', file: positionals[0], ...service(values) };
  }
  if (first === 'refresh') {
    const { values, positionals } = parse(rest, {
      workbook: { type: 'string' },
      url: { type: 'string' },
      token: { type: 'string' },
      'school-id': { type: 'string' },
      write: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`лишний аргумент «${positionals[0]}»`);
    const schoolId = text(values, 'school-id');
    return {
      action: 'refresh',
      workbook: required(values, 'workbook', 'путь к рабочей книге .xlsx'),
      ...service(values),
      ...(schoolId ? { schoolId } : {}),
      write: values.write === true,
    };
  }
  const { values, positionals } = parse(argv, {
    workbook: { type: 'string' },
    pair: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
  });
  if (positionals.length > 0)
    throw new UsageError(
      `лишний аргумент «${positionals[0]}» (действия practice: push, refresh или сборка карточки с --workbook)`,
    );
  const out = text(values, 'out');
  if (out === '') throw new UsageError('после --out нужен путь к файлу');
  return {
    action: 'build',
    workbook: required(values, 'workbook', 'путь к рабочей книге .xlsx'),
    pair: required(values, 'pair', 'ID пары или ID/ФИО наставника'),
    ...(out ? { out } : {}),
    today: today(text(values, 'today')),
  };
}
