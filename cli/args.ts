// Command line → typed commands; anything wrong is a UsageError with a Russian message.
import type { IndicatorsArgs } from './indicators-command';
import type { InitArgs } from './init-command';
import type { MatchArgs } from './match-command';
import type { YearArgs } from './meetings-command';
import type { PushArgs } from './push-command';
import { parsePractice, type PracticeArgs } from './practice-args';
import type { NewYearArgs } from './new-year-command';
import type { ReportArgs } from './report-command';
import type { SnapshotArgs } from './snapshot-command';
import { UsageError } from './io';
import { dayOf, optionalText, parseOptions as parse, required, serviceOptions } from './call-options';
// Single files rather than the domain's indexes: parsing the call loads nothing else (fast --help).
import { toDay } from '../shared/core/day';
import { academicYearOf } from '../shared/roadmap/academic-year';

export type Command =
  | { name: 'help' }
  | { name: 'init'; args: InitArgs }
  | { name: 'match'; args: MatchArgs }
  | { name: 'report'; args: ReportArgs }
  | { name: 'push'; args: PushArgs }
  | { name: 'meetings'; args: YearArgs }
  | { name: 'monitoring'; args: YearArgs }
  | { name: 'rating'; args: YearArgs }
  | { name: 'indicators'; args: IndicatorsArgs }
  | { name: 'practice'; args: PracticeArgs }
  | { name: 'snapshot'; args: SnapshotArgs }
  | { name: 'new-year'; args: NewYearArgs };

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('не указана команда');
  if (name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  if (name === 'init') return parseInit(rest);
  if (name === 'match') return { name: 'match', args: parseMatch(rest) };
  if (name === 'report') return { name: 'report', args: parseReport(rest) };
  if (name === 'push') return { name: 'push', args: parsePush(rest) };
  if (name === 'meetings' || name === 'monitoring' || name === 'rating') return { name, args: parseYear(rest) };
  if (name === 'indicators') return { name: 'indicators', args: parseIndicators(rest) };
  if (name === 'practice') return { name: 'practice', args: parsePractice(rest) };
  if (name === 'snapshot') return { name: 'snapshot', args: parseSnapshot(rest) };
  if (name === 'new-year') return { name: 'new-year', args: parseNewYear(rest) };
  throw new UsageError(`неизвестная команда «${name}»`);
}

function parseInit(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv, { year: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('для init укажите один файл рабочей книги .xlsx');
  const [path] = positionals;
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`рабочая книга должна быть файлом .xlsx, а не «${path}»`);
  const year = optionalText(values, 'year');
  if (year !== undefined && !/^(19|20|21)\d{2}$/.test(year))
    throw new UsageError(`--year — год начала учебного года, например 2024, а не «${year}»`);
  return { name: 'init', args: { path, year: year === undefined ? academicYearOf(dayOf(undefined)) : Number(year) } };
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
    strict: { type: 'boolean' },
    csv: { type: 'string' },
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
    strict: values.strict === true,
    plainCsv: csvFormat(text('csv')),
  };
  if (args.workbook !== undefined && (args.mentors !== undefined || args.mentees !== undefined)) {
    throw new UsageError('укажите либо --workbook, либо --mentors и --mentees, но не то и другое');
  }
  if (args.workbook === undefined && (args.mentors === undefined || args.mentees === undefined)) {
    throw new UsageError(
      'укажите --workbook <книга.xlsx> или оба файла: --mentors <наставники.csv> --mentees <наставляемые.csv>',
    );
  }
  if (args.write && args.workbook === undefined)
    throw new UsageError('--write записывает лист «Пары» и работает только с --workbook');
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

function parseReport(argv: readonly string[]): ReportArgs {
  const { values, positionals } = parse(argv, {
    workbook: { type: 'string' },
    'school-id': { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    'allow-problems': { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`лишний аргумент «${positionals[0]}»`);
  const workbook = required(values, 'workbook', 'путь к рабочей книге .xlsx');
  // Empty: the report takes «Код организации в регионе» from «Настройки».
  const schoolId = optionalText(values, 'school-id')?.trim() ?? '';
  const period = required(values, 'period', 'отчётный год, например 2024');
  if (!/^\d{4}$/.test(period)) throw new UsageError(`--period — год из четырёх цифр, например 2024, а не «${period}»`);
  const out = optionalText(values, 'out');
  if (out === '') throw new UsageError('после --out нужен путь к файлу');
  return { workbook, schoolId, period, out, allowProblems: values['allow-problems'] === true };
}

function parsePush(argv: readonly string[]): PushArgs {
  const { values, positionals } = parse(argv, { url: { type: 'string' }, token: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('для push укажите файл отчёта .json');
  if (positionals.length > 1) throw new UsageError(`лишний аргумент «${positionals[1]}»`);
  return { file: positionals[0], ...serviceOptions(values) };
}

function parseYear(argv: readonly string[]): YearArgs {
  const { values, positionals } = parse(argv, {
    workbook: { type: 'string' },
    today: { type: 'string' },
    write: { type: 'boolean' },
    strict: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`лишний аргумент «${positionals[0]}»`);
  return {
    workbook: required(values, 'workbook', 'путь к рабочей книге .xlsx'),
    today: dayOf(optionalText(values, 'today')),
    write: values.write === true,
    strict: values.strict === true,
  };
}

function parseIndicators(argv: readonly string[]): IndicatorsArgs {
  const { values, positionals } = parse(argv, {
    workbook: { type: 'string' },
    period: { type: 'string' },
    write: { type: 'boolean' },
    strict: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`лишний аргумент «${positionals[0]}»`);
  const workbook = required(values, 'workbook', 'путь к рабочей книге .xlsx');
  const period = required(values, 'period', 'отчётный год, например 2024');
  if (!/^\d{4}$/.test(period)) throw new UsageError(`--period — год из четырёх цифр, например 2024, а не «${period}»`);
  return { workbook, period, write: values.write === true, strict: values.strict === true };
}

function parseSnapshot(argv: readonly string[]): SnapshotArgs {
  const { values, positionals } = parse(argv, {
    workbook: { type: 'string' },
    date: { type: 'string' },
    write: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`лишний аргумент «${positionals[0]}»`);
  const date = optionalText(values, 'date');
  const day = date === undefined ? dayOf(undefined) : toDay(date);
  if (!day) throw new UsageError(`--date — дата в виде ДД.ММ.ГГГГ, а не «${date}»`);
  return {
    workbook: required(values, 'workbook', 'путь к рабочей книге .xlsx'),
    date: day,
    write: values.write === true,
  };
}

function parseNewYear(argv: readonly string[]): NewYearArgs {
  const { values, positionals } = parse(argv, {
    workbook: { type: 'string' },
    year: { type: 'string' },
    'active-pairs': { type: 'string' },
    today: { type: 'string' },
    write: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`лишний аргумент «${positionals[0]}»`);
  const workbook = required(values, 'workbook', 'путь к рабочей книге .xlsx');
  const year = required(values, 'year', 'год начала нового учебного года, например 2027');
  if (!/^(19|20|21)\d{2}$/.test(year))
    throw new UsageError(`--year — год начала нового учебного года, например 2027, а не «${year}»`);
  const choice = optionalText(values, 'active-pairs') ?? 'carry';
  const activePairs =
    choice === 'carry' || choice === 'перенести'
      ? 'carry'
      : choice === 'complete' || choice === 'завершить'
        ? 'complete'
        : null;
  if (!activePairs)
    throw new UsageError(`--active-pairs — carry (перенести) или complete (завершить), а не «${choice}»`);
  return {
    workbook,
    year: Number(year),
    activePairs,
    today: dayOf(optionalText(values, 'today')),
    write: values.write === true,
  };
}

/** `--csv people` (the default: Excel in Russian) or `--csv plain` (UTF-8, «,», «.»: plain CSV for other programs). */
function csvFormat(value: string | undefined): boolean {
  if (value === undefined || value === 'people') return false;
  if (value === 'plain') return true;
  throw new UsageError(`--csv — people (для Excel: «;», десятичная запятая) или plain (UTF-8, «,»), а не «${value}»`);
}
