// Command line → typed commands; anything wrong is a UsageError with a Russian message.
import { parseArgs } from 'node:util';
import type { MatchArgs } from './match-command';
import { UsageError } from './io';

export type Command = { name: 'help' } | { name: 'init'; path: string } | { name: 'match'; args: MatchArgs };

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('не указана команда');
  if (name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  if (name === 'init') return parseInit(rest);
  if (name === 'match') return { name: 'match', args: parseMatch(rest) };
  throw new UsageError(`неизвестная команда «${name}»`);
}

function parseInit(argv: readonly string[]): Command {
  const { positionals } = parse(argv, {});
  if (positionals.length !== 1) throw new UsageError('для init укажите один файл рабочей книги .xlsx');
  const [path] = positionals;
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`рабочая книга должна быть файлом .xlsx, а не «${path}»`);
  return { name: 'init', path };
}

function parseMatch(argv: readonly string[]): MatchArgs {
  const { values, positionals } = parse(argv, {
    workbook: { type: 'string' },
    write: { type: 'boolean' },
    mentors: { type: 'string' },
    mentees: { type: 'string' },
    out: { type: 'string' },
    'scores-out': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`лишний аргумент «${positionals[0]}»`);
  const text = (key: string) => {
    const value = values[key];
    return typeof value === 'string' ? value : undefined;
  };
  const args: MatchArgs = {
    workbook: text('workbook'),
    write: values.write === true,
    mentors: text('mentors'),
    mentees: text('mentees'),
    out: text('out'),
    scoresOut: text('scores-out'),
    json: values.json === true,
  };
  if (args.workbook !== undefined && (args.mentors !== undefined || args.mentees !== undefined)) {
    throw new UsageError('укажите либо --workbook, либо --mentors и --mentees, но не то и другое');
  }
  if (args.workbook === undefined && (args.mentors === undefined || args.mentees === undefined)) {
    throw new UsageError('укажите --workbook <книга.xlsx> или оба файла: --mentors <наставники.csv> --mentees <наставляемые.csv>');
  }
  if (args.write && args.workbook === undefined) throw new UsageError('--write записывает лист «Пары» и работает только с --workbook');
  for (const [flag, value] of [
    ['--workbook', args.workbook],
    ['--mentors', args.mentors],
    ['--mentees', args.mentees],
    ['--out', args.out],
    ['--scores-out', args.scoresOut],
  ] as const) {
    if (value === '') throw new UsageError(`после ${flag} нужен путь к файлу`);
  }
  return args;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

function parse(argv: readonly string[], options: OptionSpec) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^'\s]+)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`неизвестный параметр «${option}»`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`после ${option} нужен путь к файлу`);
    throw new UsageError('неверные параметры');
  }
}
