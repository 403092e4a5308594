// `practice` command lines: build a card from the workbook, push a card, or refresh the statuses.
import type { Day } from '../shared/core/day';
import { dayOf, optionalText, parseOptions, required, serviceOptions } from './call-options';
import { UsageError } from './io';

export type PracticeArgs =
  | { action: 'build'; workbook: string; pair: string; out?: string; today: Day }
  | { action: 'push'; file: string; url: string; token: string }
  | { action: 'refresh'; workbook: string; url: string; token: string; schoolId?: string; write: boolean };

export function parsePractice(argv: readonly string[]): PracticeArgs {
  const [first, ...rest] = argv;
  if (first === 'push') {
    const { values, positionals } = parseOptions(rest, { url: { type: 'string' }, token: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('для practice push укажите файл карточки .json');
    if (positionals.length > 1) throw new UsageError(`лишний аргумент «${positionals[1]}»`);
    return { action: 'push', file: positionals[0], ...serviceOptions(values) };
  }
  if (first === 'refresh') {
    const { values, positionals } = parseOptions(rest, {
      workbook: { type: 'string' },
      url: { type: 'string' },
      token: { type: 'string' },
      'school-id': { type: 'string' },
      write: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`лишний аргумент «${positionals[0]}»`);
    const schoolId = optionalText(values, 'school-id')?.trim();
    return {
      action: 'refresh',
      workbook: required(values, 'workbook', 'путь к рабочей книге .xlsx'),
      ...serviceOptions(values),
      ...(schoolId ? { schoolId } : {}),
      write: values.write === true,
    };
  }
  const { values, positionals } = parseOptions(argv, {
    workbook: { type: 'string' },
    pair: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
  });
  if (positionals.length > 0)
    throw new UsageError(
      `лишний аргумент «${positionals[0]}» (действия practice: push, refresh или сборка карточки с --workbook)`,
    );
  const out = optionalText(values, 'out')?.trim();
  if (out === '') throw new UsageError('после --out нужен путь к файлу');
  return {
    action: 'build',
    workbook: required(values, 'workbook', 'путь к рабочей книге .xlsx'),
    pair: required(values, 'pair', 'ID пары или ID/ФИО наставника'),
    ...(out ? { out } : {}),
    today: dayOf(optionalText(values, 'today')?.trim()),
  };
}
